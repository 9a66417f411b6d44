import { useTranslation } from '../i18n';
import type { Present } from '../collab/usePresence';
import { formatNumber } from '../format';
import { SessionTimer } from './SessionTimer';
import type { Discussion } from './discussion';

interface Props {
  /** What is discussed now: the clause, or an amendment to it. */
  discussion: Discussion | null;
  /** The clause discussed's place in the text, from 1. */
  discussedNumber: number | null;
  present: Present[];
  /** Is the sheet with the live session and who is here open? */
  expanded: boolean;
  onToggle(): void;
  /** Bring the clause discussed into view. */
  onGoToDiscussed(): void;
}

/**
 * On a narrow screen, a bar that stays at the top of the window as one
 * scrolls the text: the clause now discussed with its timer, and who is
 * here, which opens the live session and the list of people.
 */
export function SessionBar({ discussion, discussedNumber, present, expanded, onToggle, onGoToDiscussed }: Props) {
  const { t } = useTranslation();
  // A decided amendment's outcome is for the live session itself; the bar says only what is under way.
  const discussing = discussion && !discussion.ended ? discussion : null;
  return (
    <section className="session-bar" aria-label={t('session.title')} data-discussing={discussing ? true : undefined}>
      {discussing ? (
        <button type="button" className="session-bar-now" onClick={onGoToDiscussed}>
          <SessionTimer since={discussing.since} number={discussedNumber} amendment={discussing.amendment !== null} />
        </button>
      ) : (
        <p className="session-bar-idle">{t('session.idle')}</p>
      )}
      <button type="button" className="session-bar-people" aria-expanded={expanded} aria-controls="side-panel" onClick={onToggle}>
        <span className="session-bar-swatches" aria-hidden="true">
          {present.slice(0, 3).map((person) => (
            <span key={person.clientId} className="swatch" style={{ backgroundColor: person.color }} />
          ))}
        </span>
        {t('workspace.here', { n: formatNumber(present.length) })}
      </button>
    </section>
  );
}
