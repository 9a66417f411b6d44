import { useId, useState } from 'react';
import { errorMessage } from '../api';
import { currentLanguage } from '../i18n';
import { Outcome } from '../ui/Outcome';
import type { Language } from '@charter/shared';
import { useTranslation } from '../i18n';
import { EXPORT_FORMATS, downloadExport, type ExportFormat } from './download';

interface Props {
  draftId: string;
  token: string;
  /** The language the text is read in, when not the original: the download gives it in that language. */
  text?: Language | null;
  /** Download this saved version rather than the text as it is now. */
  versionId?: string;
}

/** One download button per export format, in the reader's language, and Print. */
export function ExportButtons({ draftId, token, text = null, versionId }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function download(format: ExportFormat) {
    const name = t(`review.formats.${format}`);
    setBusy(format);
    setError(null);
    setStatus(t('review.downloading', { format: name }));
    try {
      await downloadExport(draftId, token, format, lang, { text, versionId });
      setStatus(t('review.downloaded', { format: name }));
    } catch (caught) {
      setStatus('');
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="review-exports">
      <h2 id={`${id}-heading`}>{t('review.downloads')}</h2>
      <p className="muted" id={`${id}-hint`}>
        {text
          ? t('review.downloadHintIn', { text: t(`languages.${text}`), language: t(`languages.${lang}`) })
          : t('review.downloadHint', { language: t(`languages.${lang}`) })}
      </p>
      <div className="form-actions" role="group" aria-describedby={`${id}-hint`}>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            data-format={format}
            aria-label={t('review.downloadAs', { format: t(`review.formats.${format}`) })}
            aria-disabled={busy !== null}
            onClick={() => {
              // aria-disabled rather than disabled: the button keeps focus while the file is prepared.
              if (busy === null) void download(format);
            }}
          >
            {t(`review.formats.${format}`)}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('review.print')}
        </button>
      </div>
      <Outcome status={status} error={error} />
    </section>
  );
}
