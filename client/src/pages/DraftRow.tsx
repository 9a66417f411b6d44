import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { copyTitle, MAX_DRAFT_TITLE, type DraftSummary } from '@charter/shared';
import { useTranslation } from '../i18n';
import { errorMessage } from '../api';
import { duplicateDraft, updateDraft } from '../facilitate/facilitateApi';
import { fullDate, relativeTime } from '../format';
import { DraftTranslationCounts } from '../translate/DraftTranslationCounts';
import { ErrorMessage } from '../ui/ErrorMessage';

interface Props {
  draft: DraftSummary;
  token: string;
  manage: boolean;
  /** Done: say so, and keep focus in this row (a rename) or not (the row moved away). */
  onChanged(message: string, keepFocus: boolean): Promise<void>;
}

/** One draft of the list; a facilitator renames, duplicates, archives or restores it in place. */
export function DraftRow({ draft, token, manage, onChanged }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'renaming' | 'duplicating'>('idle');
  const [title, setTitle] = useState(draft.title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const duplicateButton = useRef<HTMLButtonElement>(null);

  function close() {
    const opener = mode === 'renaming' ? renameButton : duplicateButton;
    setMode('idle');
    setError(null);
    // Back to the button that opened the form, as a dialog would.
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function run(action: () => Promise<string>, keepFocus: boolean) {
    setBusy(true);
    setError(null);
    try {
      const message = await action();
      setMode('idle');
      await onChanged(message, keepFocus);
      if (keepFocus) requestAnimationFrame(() => renameButton.current?.focus());
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  function rename(event: FormEvent) {
    event.preventDefault();
    const next = title.trim();
    void run(async () => {
      await updateDraft(draft.id, token, { title: next });
      return t('join.renamed', { title: next });
    }, true);
  }

  function duplicate() {
    const name = copyTitle(draft.title, t('join.copyMark'));
    void run(async () => {
      await duplicateDraft(draft.id, token, name);
      return t('join.duplicated', { title: name });
    }, false);
  }

  function archive(archived: boolean) {
    void run(async () => {
      await updateDraft(draft.id, token, { archived });
      return t(archived ? 'join.archived' : 'join.restored', { title: draft.title });
    }, false);
  }

  const path = `/drafts/${encodeURIComponent(draft.id)}`;
  return (
    <tr>
      <th scope="row" data-label={t('join.colTitle')}>
        <Link to={path} dir="auto">
          {draft.title}
        </Link>
        <div className="draft-actions">
          <Link to={`${path}/review`} aria-label={t('join.reviewLabel', { title: draft.title })}>
            {t('join.review')}
          </Link>
          {manage && mode === 'idle' && (
            <>
              {draft.status !== 'adopted' && !draft.archived && (
                <button type="button" className="link-button" ref={renameButton} aria-label={t('join.renameLabel', { title: draft.title })} onClick={() => { setTitle(draft.title); setMode('renaming'); }}>
                  {t('join.rename')}
                </button>
              )}
              {!draft.archived && (
                <button type="button" className="link-button" ref={duplicateButton} aria-label={t('join.duplicateLabel', { title: draft.title })} onClick={() => setMode('duplicating')}>
                  {t('join.duplicate')}
                </button>
              )}
              <button type="button" className="link-button" disabled={busy} aria-label={t(draft.archived ? 'join.restoreLabel' : 'join.archiveLabel', { title: draft.title })} onClick={() => archive(!draft.archived)}>
                {t(draft.archived ? 'join.restore' : 'join.archive')}
              </button>
            </>
          )}
        </div>
        {mode === 'renaming' && (
          <form className="draft-inline" onSubmit={rename} aria-busy={busy}>
            <label htmlFor={`${id}-title`}>{t('join.newTitle')}</label>
            <input id={`${id}-title`} required maxLength={MAX_DRAFT_TITLE} autoFocus dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && close()} />
            <div className="form-actions">
              <button type="submit" disabled={busy}>{t('join.saveTitle')}</button>
              <button type="button" className="secondary" onClick={close}>{t('facilitate.cancel')}</button>
            </div>
          </form>
        )}
        {mode === 'duplicating' && (
          <div className="draft-inline" role="group" aria-labelledby={`${id}-duplicate`}>
            <p id={`${id}-duplicate`}>{t('join.duplicateExplain', { title: draft.title })}</p>
            <div className="form-actions">
              <button type="button" autoFocus disabled={busy} onClick={duplicate}>{t('join.duplicateYes')}</button>
              <button type="button" className="secondary" onClick={close}>{t('facilitate.cancel')}</button>
            </div>
          </div>
        )}
        <ErrorMessage message={error} />
      </th>
      <td data-label={t('join.colKind')}>{t(`kinds.${draft.kind}`) ?? draft.kind}</td>
      <td data-label={t('join.colStatus')}>{t(`statuses.${draft.status}`) ?? draft.status}</td>
      <td data-label={t('join.colUpdated')}>
        <time dateTime={draft.updatedAt} title={fullDate(draft.updatedAt)}>
          {relativeTime(draft.updatedAt)}
        </time>
      </td>
      <td data-label={t('translations.colTranslations')}>
        <DraftTranslationCounts draftId={draft.id} token={token} />
      </td>
    </tr>
  );
}
