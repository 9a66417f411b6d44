import { useState } from 'react';
import type { Need, NeedBody } from '@charter/shared';
import { NeedForm } from './NeedForm';
import { strings } from '../strings';

interface Props {
  need: Need;
  /** Facilitators and editors change the register; others read it. */
  writable: boolean;
  onSave(body: NeedBody): Promise<void>;
  onArchive(archived: boolean): Promise<void>;
}

/** "2024-05-17" in the reader's words, without a time zone shifting the day. */
function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(year, month - 1, day));
}

/** One need of the register, with its edit form folded in when asked. */
export function NeedItem({ need, writable, onSave, onArchive }: Props) {
  const t = strings.needs;
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);

  if (editing) {
    return (
      <li className="need" data-need-id={need.id}>
        <NeedForm
          heading={t.editTitle}
          submitLabel={t.saveEdit}
          initial={need}
          onSave={async (body) => {
            await onSave(body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li className="need card" data-need-id={need.id} data-archived={need.archived}>
      {need.archived && <p className="badge-archived">{t.archivedBadge}</p>}
      <blockquote className="need-statement" id={`need-${need.id}`}>
        {need.statement}
      </blockquote>
      <dl className="need-facts">
        <div>
          <dt>{t.voicedBy}</dt>
          <dd>{need.communities.join(', ')}</dd>
        </div>
        <div>
          <dt>{t.rightsArea}</dt>
          <dd>{strings.rightsAreas[need.rightsArea] ?? need.rightsArea}</dd>
        </div>
        <div>
          <dt>{t.from}</dt>
          <dd>{need.source}</dd>
        </div>
        <div>
          <dt>{t.date}</dt>
          <dd>
            <time dateTime={need.date}>{longDate(need.date)}</time>
          </dd>
        </div>
      </dl>
      {writable && (
        <div className="form-actions">
          {/* Several needs, several Edit buttons: each is described by its need. */}
          <button type="button" className="secondary" aria-describedby={`need-${need.id}`} onClick={() => setEditing(true)}>
            {t.edit}
          </button>
          <button
            type="button"
            className="secondary"
            aria-describedby={`need-${need.id}`}
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onArchive(!need.archived);
              } finally {
                setBusy(false);
              }
            }}
          >
            {need.archived ? t.unarchive : t.archive}
          </button>
        </div>
      )}
    </li>
  );
}
