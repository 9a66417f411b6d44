import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { DRAFT_KINDS, LANGUAGES, templateBlocks, type DraftKind, type Language } from '@charter/shared';
import { api, errorMessage } from '../api';
import { currentLanguage } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ImportText } from './ImportText';
import { importDraft, importErrorMessage, previewImport, type ImportPreview, type ImportSource } from './importDraft';
import { useTranslation } from '../i18n';

interface Props {
  initiativeId: string;
  token: string;
}

/** How long typing in the paste box rests before its clauses are previewed. */
const PASTE_SETTLE_MS = 400;

/** The facilitator's form to start a draft, blank, from the usual sections, or from a text they have; opens it in the editor. */
export function NewDraftForm({ initiativeId, token }: Props) {
  const id = useId();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DraftKind>('resolution');
  const [useTemplate, setUseTemplate] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const { t } = useTranslation();

  // Each new text is read by the server for its clauses, the last one only.
  useEffect(() => {
    setPreview(null);
    setPreviewError(null);
    if (!source) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () =>
        previewImport(initiativeId, token, source, controller.signal).then(setPreview, (caught: unknown) => {
          if (!controller.signal.aborted) setPreviewError(importErrorMessage(caught));
        }),
      source.name ? 0 : PASTE_SETTLE_MS,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [source, initiativeId, token]);
  // Written, by default, in the language the person reads the app in; the template's words follow the draft's language.
  const [lang, setLang] = useState<Language>(currentLanguage);
  const sections = templateBlocks(kind, lang).flatMap((block) => ('heading' in block ? [block.heading] : []));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = source
        ? await importDraft(initiativeId, token, source, title.trim(), kind)
        : await api<{ id: string }>(`/api/initiatives/${encodeURIComponent(initiativeId)}/drafts`, {
            method: 'POST',
            token,
            body: { title: title.trim(), kind, language: lang, ...(useTemplate ? { template: lang } : {}) },
          });
      navigate(`/drafts/${encodeURIComponent(created.id)}`);
    } catch (caught) {
      setError(source ? importErrorMessage(caught) : errorMessage(caught));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('join.newDraft')}</h2>
      <form className="card" onSubmit={submit} aria-busy={busy}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('join.draftTitle')}</label>
          <input
            id={`${id}-title`}
            name="title"
            required
            maxLength={200}
            autoComplete="off"
            aria-describedby={`${id}-title-hint`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <p className="hint" id={`${id}-title-hint`}>
            {t('join.draftTitleHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('join.draftKind')}</label>
          <select id={`${id}-kind`} name="kind" value={kind} onChange={(e) => setKind(e.target.value as DraftKind)}>
            {DRAFT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('join.draftLanguage')}</label>
          <select
            id={`${id}-language`}
            name="language"
            aria-describedby={`${id}-language-hint`}
            value={lang}
            onChange={(e) => setLang(e.target.value as Language)}
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option}>
                {t(`languages.${option}`)}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-language-hint`}>
            {t('join.draftLanguageHint')}
          </p>
        </div>
        {!source && (
          <div className="field check">
            <input
              id={`${id}-template`}
              name="template"
              type="checkbox"
              aria-describedby={`${id}-template-hint`}
              checked={useTemplate}
              onChange={(e) => setUseTemplate(e.target.checked)}
            />
            <label htmlFor={`${id}-template`}>{t(`join.templateFor.${kind}`)}</label>
            <p className="hint" id={`${id}-template-hint`}>
              {t('join.templateHint', { sections: sections.join(', ') })}
            </p>
          </div>
        )}
        <ImportText source={source} onSource={setSource} preview={preview} reading={source !== null && !preview && !previewError} error={previewError} />
        <ErrorMessage message={error} />
        <button type="submit" disabled={busy || (source !== null && !preview)}>
          {source ? (busy ? t('import.creating') : t('import.create')) : busy ? t('join.creating') : t('join.create')}
        </button>
      </form>
    </section>
  );
}
