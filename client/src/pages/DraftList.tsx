import { useRef, useState } from 'react';
import type { DraftSummary } from '@charter/shared';
import { useTranslation } from '../i18n';
import { DraftRow } from './DraftRow';

interface Props {
  drafts: DraftSummary[];
  token: string;
  emptyText: string;
  /** A facilitator: rename, duplicate, archive and restore from the list. */
  manage: boolean;
  /** A draft was renamed, duplicated, archived or restored: read the list again. */
  onChanged(): Promise<void>;
}

/** The drafts of an initiative, newest change first; archived ones apart, kept and restorable. */
export function DraftList({ drafts, token, emptyText, manage, onChanged }: Props) {
  const { t } = useTranslation();
  const [announce, setAnnounce] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const sorted = [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const current = sorted.filter((draft) => !draft.archived);
  const archived = sorted.filter((draft) => draft.archived);

  async function changed(message: string, keepFocus: boolean) {
    await onChanged();
    setAnnounce(message);
    // The row that held focus may be gone (archived, restored): back to the list's heading.
    if (!keepFocus) heading.current?.focus();
  }

  const table = (rows: DraftSummary[]) => (
    <table className="drafts">
      <thead>
        <tr>
          <th scope="col">{t('join.colTitle')}</th>
          <th scope="col">{t('join.colKind')}</th>
          <th scope="col">{t('join.colStatus')}</th>
          <th scope="col">{t('join.colUpdated')}</th>
          <th scope="col">{t('translations.colTranslations')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((draft) => (
          <DraftRow key={draft.id} draft={draft} token={token} manage={manage} onChanged={changed} />
        ))}
      </tbody>
    </table>
  );

  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading" ref={heading} tabIndex={-1}>
        {t('join.drafts')}
      </h2>
      {current.length === 0 ? <p>{emptyText}</p> : table(current)}
      {archived.length > 0 && (
        <details className="archived-drafts">
          <summary>{t('join.archivedHeading', { count: archived.length })}</summary>
          <p className="hint">{t('join.archivedHint')}</p>
          {table(archived)}
        </details>
      )}
      <p role="status" className="copy-status">
        {announce}
      </p>
    </section>
  );
}
