import { useState } from 'react';
import { NeedFacts } from './NeedFacts';
import type { Need, NeedBody } from '@charter/shared';
import { NeedForm } from './NeedForm';
import { useTranslation } from '../i18n';

interface Props {
  need: Need;
  /** Facilitators and editors change the register; others read it. */
  writable: boolean;
  onSave(body: NeedBody): Promise<void>;
  onArchive(archived: boolean): Promise<void>;
}

/** One need of the register, with its edit form folded in when asked. */
export function NeedItem({ need, writable, onSave, onArchive }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);

  if (editing) {
    return (
      <li className="need" data-need-id={need.id}>
        <NeedForm
          heading={t('needs.editTitle')}
          submitLabel={t('needs.saveEdit')}
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
      {need.archived && <p className="badge-archived">{t('needs.archivedBadge')}</p>}
      <blockquote className="need-statement" id={`need-${need.id}`} dir="auto">
        {need.statement}
      </blockquote>
      <NeedFacts need={need} withDate />
      {writable && (
        <div className="form-actions">
          {/* Several needs, several Edit buttons: each is described by its need. */}
          <button type="button" className="secondary" aria-describedby={`need-${need.id}`} onClick={() => setEditing(true)}>
            {t('needs.edit')}
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
            {need.archived ? t('needs.unarchive') : t('needs.archive')}
          </button>
        </div>
      )}
    </li>
  );
}
