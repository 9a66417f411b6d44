import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n';

interface Props {
  label: string;
  copyLabel: string;
  value: string;
}

/** A read-only text field with a Copy button and a polite "Copied" status. */
export function CopyField({ label, copyLabel, value }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy() {
    let copied = false;
    try {
      await navigator.clipboard.writeText(value);
      copied = true;
    } catch {
      // No clipboard permission (or an insecure origin on a LAN): the older way.
      input.current?.select();
      copied = document.execCommand?.('copy') ?? false;
    }
    setStatus(copied ? t('invites.copied') : t('invites.copyFailed'));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), 4000);
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} ref={input} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" aria-label={copyLabel} onClick={copy}>
          {t('invites.copy')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="copy-status">
        {status}
      </p>
    </div>
  );
}
