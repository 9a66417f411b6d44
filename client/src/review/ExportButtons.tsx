import { useId, useState } from 'react';
import { errorMessage } from '../api';
import { userLanguage } from '../language';
import { ErrorMessage } from '../pages/ErrorMessage';
import { fill, strings } from '../strings';
import { EXPORT_FORMATS, downloadExport, type ExportFormat } from './download';

interface Props {
  draftId: string;
  token: string;
}

/** One download button per export format, in the reader's language, and Print. */
export function ExportButtons({ draftId, token }: Props) {
  const id = useId();
  const t = strings.review;
  const lang = userLanguage();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function download(format: ExportFormat) {
    const name = t.formats[format];
    setBusy(format);
    setError(null);
    setStatus(fill(t.downloading, { format: name }));
    try {
      await downloadExport(draftId, token, format, lang);
      setStatus(fill(t.downloaded, { format: name }));
    } catch (caught) {
      setStatus('');
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="review-exports">
      <h2 id={`${id}-heading`}>{t.downloads}</h2>
      <p className="muted" id={`${id}-hint`}>
        {fill(t.downloadHint, { language: strings.languages[lang] })}
      </p>
      <div className="form-actions" role="group" aria-describedby={`${id}-hint`}>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            data-format={format}
            aria-label={fill(t.downloadAs, { format: t.formats[format] })}
            aria-disabled={busy !== null}
            onClick={() => {
              // aria-disabled rather than disabled: the button keeps focus while the file is prepared.
              if (busy === null) void download(format);
            }}
          >
            {t.formats[format]}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
      <p role="status" className="copy-status">
        {status}
      </p>
      <ErrorMessage message={error} />
    </section>
  );
}
