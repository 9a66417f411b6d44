import { useId, useRef, useState } from 'react';
import type { DraftStatus } from '@charter/shared';
import { errorMessage } from '../api';
import { Outcome } from '../ui/Outcome';
import { useTranslation } from '../i18n';
import { setDraftStatus } from './facilitateApi';

interface Props {
  draftId: string;
  token: string;
  /** The live status (from the body document), so every facilitator's control agrees. */
  status: DraftStatus;
}

/**
 * What comes next from each status: the usual step as the main button, the
 * other way as a quieter one. Adopting is never the main step while drafting:
 * a text goes to review first.
 */
const STEPS: Record<DraftStatus, { main: DraftStatus | null; other: DraftStatus }> = {
  drafting: { main: 'review', other: 'adopted' },
  review: { main: 'adopted', other: 'drafting' },
  adopted: { main: null, other: 'drafting' },
};

/**
 * Move the draft between drafting, review and adopted, either way. Adopting
 * asks first: it closes the notes too, and people are in the middle of them.
 */
export function StatusControl({ draftId, token, status }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<string | null>(null);
  const adoptButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  async function move(next: DraftStatus) {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      const updated = await setDraftStatus(draftId, token, next);
      setAnnounce(t('facilitate.changed', { status: t(`statuses.${updated.status}`) }));
      // The button just pressed is gone (it named the status the draft now has).
      heading.current?.focus();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    setConfirming(false);
    // Back to the button that asked, as a dialog would.
    requestAnimationFrame(() => adoptButton.current?.focus());
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card status-control">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>{t('facilitate.statusHeading')}</h2>
      <p className="status-now">{t('facilitate.statusNow', { status: t(`statuses.${status}`), means: t(`facilitate.statusMeans.${status}`) })}</p>
      <p className="hint">{t(`facilitate.next.${status}`)}</p>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('facilitate.confirmAdopt')}</p>
          <div className="form-actions">
            <button type="button" autoFocus onClick={() => void move('adopted')}>
              {t('facilitate.confirmAdoptYes')}
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              {t('facilitate.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          {[STEPS[status].main, STEPS[status].other].map(
            (next) =>
              next && (
                <button
                  key={next}
                  ref={next === 'adopted' ? adoptButton : undefined}
                  type="button"
                  className={next === STEPS[status].main ? undefined : 'secondary'}
                  disabled={busy}
                  onClick={() => (next === 'adopted' ? setConfirming(true) : void move(next))}
                >
                  {t(`facilitate.moveTo.${next}`)}
                </button>
              ),
          )}
        </div>
      )}
      <Outcome status={announce} error={error} />
    </section>
  );
}
