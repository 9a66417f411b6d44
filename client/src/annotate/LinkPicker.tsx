import { useId, useState } from 'react';
import { useTranslation } from '../i18n';
import { authorName, type Annotation } from '@charter/shared';

export interface LinkItem {
  id: string;
  label: string;
  detail: string;
  /** Items are shown in groups (principle families, communities), in the order first met. */
  group: string;
}

interface Props {
  heading: string;
  searchLabel: string;
  items: LinkItem[];
  linked: Set<string>;
  /**
   * Items linked by others only, with who linked them: this person may not
   * unlink another's link (the server would drop it), so the box is locked.
   */
  others: Map<string, Annotation['author'][]>;
  writable: boolean;
  noneLinked: string;
  onToggle(id: string, link: boolean): void;
}

/** Letters without accents, lower case: "séc" finds "Sécurité". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function groupBy(items: LinkItem[]): Array<[string, LinkItem[]]> {
  const groups = new Map<string, LinkItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return [...groups];
}

/**
 * Link a clause to principles or needs: a search box over a list of
 * checkboxes, checked for what is linked. Read-only, just what is linked.
 */
export function LinkPicker({ heading, searchLabel, items, linked, others, writable, noneLinked, onToggle }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');

  if (!writable) {
    const mine = items.filter((item) => linked.has(item.id));
    return (
      <section className="link-picker" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{heading}</h3>
        {mine.length === 0 ? (
          <p className="muted">{noneLinked}</p>
        ) : (
          <ul className="linked-list">
            {mine.map((item) => (
              <li key={item.id}>
                <strong>{item.label}</strong>
                <span className="hint">{item.detail}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }

  const folded = fold(query.trim());
  const shown = folded ? items.filter((item) => fold(`${item.label} ${item.detail}`).includes(folded)) : items;
  return (
    <section className="link-picker" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {linked.size === 0 && <p className="muted">{noneLinked}</p>}
      <label htmlFor={`${id}-search`}>{searchLabel}</label>
      <input id={`${id}-search`} type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
      {shown.length === 0 && <p className="muted">{t('notes.noMatch', { query: query.trim() })}</p>}
      <div className="link-groups">
      {groupBy(shown).map(([group, members]) => (
        <fieldset key={group} className="link-group">
          <legend>{group}</legend>
          {members.map((item) => {
            const box = `${id}-${item.id}`;
            const lockedBy = linked.has(item.id) ? others.get(item.id) : undefined;
            const names = lockedBy?.map((author) => authorName(author) ?? t('notes.anonymous'));
            return (
              <div key={item.id} className="check">
                <input
                  id={box}
                  type="checkbox"
                  checked={linked.has(item.id)}
                  disabled={lockedBy !== undefined}
                  aria-describedby={lockedBy ? `${box}-detail ${box}-by` : `${box}-detail`}
                  onChange={(e) => onToggle(item.id, e.target.checked)}
                />
                <label htmlFor={box}>{item.label}</label>
                <p id={`${box}-detail`} className="hint">
                  {item.detail}
                </p>
                {names && (
                  <p id={`${box}-by`} className="hint linked-by">
                    {t('notes.linkedBy', { names: [...new Set(names)].join(', ') })}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      </div>
    </section>
  );
}
