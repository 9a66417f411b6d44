import { useId, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useTranslation } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ACCEPTED, sourceOfFile, sourceOfText, type ImportPreview, type ImportSource } from './importDraft';

/** How many clauses the preview lists before saying how many more there are. */
const SHOWN = 40;

interface Props {
  source: ImportSource | null;
  onSource(source: ImportSource | null): void;
  preview: ImportPreview | null;
  reading: boolean;
  error: string | null;
}

/**
 * The text a draft can start from: a file chosen or dropped, or words pasted in;
 * then the clauses it will make, before anything is created.
 */
export function ImportText({ source, onSource, preview, reading, error }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [fileKey, setFileKey] = useState(0);

  const chooseFile = (file: File | undefined) => {
    if (!file) return;
    setPasted('');
    onSource(sourceOfFile(file));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    chooseFile(event.dataTransfer.files[0]);
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    // Formatted text from Word or a page comes with its HTML: keep its headings, lists and bold.
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    if (!html || !text) return;
    event.preventDefault();
    setPasted(text);
    onSource(sourceOfText(text, html));
  };
  const onType = (text: string) => {
    setPasted(text);
    onSource(text.trim() ? sourceOfText(text) : null);
  };
  const clear = () => {
    setPasted('');
    setFileKey((key) => key + 1);
    onSource(null);
  };

  return (
    <fieldset className="import-text" aria-describedby={`${id}-hint`}>
      <legend>{t('import.heading')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('import.hint')}
      </p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>{t('import.choose')}</label>
        <input key={fileKey} id={`${id}-file`} type="file" accept={ACCEPTED} onChange={(event) => chooseFile(event.target.files?.[0])} />
        <span className="hint">{t('import.drop')}</span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-paste`}>{t('import.paste')}</label>
        <textarea id={`${id}-paste`} rows={4} value={pasted} onPaste={onPaste} onChange={(event) => onType(event.target.value)} />
      </div>
      {source && (
        <div className="import-chosen">
          <p>
            {source.name ? t('import.chosen', { name: source.name }) : t('import.pasted')}{' '}
            <button type="button" className="link-button" onClick={clear}>
              {t('import.remove')}
            </button>
          </p>
          <p className="hint">{t('import.instead')}</p>
        </div>
      )}
      <div role="status">{reading && t('import.reading')}</div>
      <ErrorMessage message={error} />
      {preview && !reading && (
        <div className="import-preview">
          <p id={`${id}-preview`}>{t('import.preview', { count: preview.clauses })}</p>
          {/* Scrolls when long: focusable, so a keyboard can scroll it too. */}
          <ol aria-labelledby={`${id}-preview`} tabIndex={0}>
            {preview.preview.slice(0, SHOWN).map((clause, i) => (
              <li key={i}>
                <span className="import-block">{t(`import.blocks.${blockKey(clause.block)}`)}</span>{' '}
                <span dir="auto">{clause.text}</span>
              </li>
            ))}
          </ol>
          {preview.clauses > SHOWN && <p className="hint">{t('import.more', { count: preview.clauses - SHOWN })}</p>}
        </div>
      )}
    </fieldset>
  );
}

const BLOCKS = ['heading', 'paragraph', 'bulletList', 'orderedList', 'blockquote', 'codeBlock'] as const;
const blockKey = (block: string) => BLOCKS.find((known) => known === block) ?? 'paragraph';
