import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { AMENDMENT_STANCES, MAX_AMENDMENT_NOTE, STANCES_NEEDING_REASON, type AmendmentStance } from '@charter/shared';
import { errorMessage } from '../api';

interface Props {
  onStand(stance: AmendmentStance, reason: string): Promise<unknown>;
}

/** Where this person stands on an amendment, with a reason (needed to object or block). */
export function StanceForm({ onStand }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [stance, setStance] = useState<AmendmentStance>('support');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const needsReason = STANCES_NEEDING_REASON.includes(stance);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needsReason && !reason.trim()) {
      setMessage({ text: t('amend.reasonMissing'), error: true });
      return;
    }
    try {
      await onStand(stance, reason.trim());
      setMessage({ text: t('amend.stood'), error: false });
    } catch (failure) {
      setMessage({ text: errorMessage(failure), error: true });
    }
  }

  return (
    <form className="stance-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('amend.stanceLegend')}</legend>
        {AMENDMENT_STANCES.map((value) => (
          <label key={value} className="stance-option">
            <input type="radio" name={`${id}-stance`} value={value} checked={stance === value} onChange={() => setStance(value)} />
            {t(`amend.stance.${value}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-reason`}>{needsReason ? t('amend.reasonRequired') : t('amend.reason')}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        maxLength={MAX_AMENDMENT_NOTE}
        aria-required={needsReason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div className="form-actions">
        <button type="submit">{t('amend.stand')}</button>
      </div>
    </form>
  );
}
