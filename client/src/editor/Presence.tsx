import type { Present } from '../collab/usePresence';
import { useTranslation } from '../i18n';

interface Props {
  present: Present[];
  /** Each clause's place in the text, from 1. */
  clauseNumbers: ReadonlyMap<string, number>;
  /** The name the others see beside this person's caret. */
  name: string;
}

/** "Who is here": everyone connected to the draft, with their caret colour, role and clause. */
export function Presence({ present, clauseNumbers, name }: Props) {
  const { t } = useTranslation();
  return (
    <div className="presence card">
      <h2 id="presence-heading">{t('presence.title')}</h2>
      <p className="name-line">{t('presence.appearAs', { name })}</p>
      <ul className="presence-list">
        {present.map((person) => {
          const number = person.clauseId === null ? undefined : clauseNumbers.get(person.clauseId);
          return (
            <li key={person.clientId} data-self={person.isSelf || undefined}>
              <span className="swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
              <span className="presence-name">{person.name}</span>
              {person.isSelf && <span className="presence-you"> {t('presence.you')}</span>}
              <span className="muted presence-role">{t(`roles.${person.role}`)}</span>
              <span className="muted presence-clause">
                {number === undefined ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t('presence.noClause')}</span>
                  </>
                ) : (
                  t('presence.inClause', { n: number })
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {present.length <= 1 && <p className="muted">{t('presence.nobody')}</p>}
    </div>
  );
}
