import { useId, useState, type FormEvent } from 'react';
import { NEED_VOICES, RIGHTS_AREAS, type Need, type NeedBody, type NeedVoice, type RightsArea } from '@charter/shared';
import { errorMessage } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useTranslation } from '../i18n';
import { parseCommunities } from '../communities';

interface Props {
  heading: string;
  /** Its heading's level in the page: 2 on its own under the page's title, 3 inside the list (the default). */
  level?: 2 | 3;
  submitLabel: string;
  /** The need being edited; a blank form records a new one. */
  initial?: Need;
  onSave(body: NeedBody): Promise<void>;
  onCancel?(): void;
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Record a need, or edit one: the statement in the community's words, who, what area, where from, when. */
export function NeedForm({ heading, level = 3, submitLabel, initial, onSave, onCancel }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [statement, setStatement] = useState(initial?.statement ?? '');
  const [communities, setCommunities] = useState(initial?.communities.join(', ') ?? '');
  // No area is chosen for anyone: a new need starts with none, and the form asks.
  const [rightsAreas, setRightsAreas] = useState<RightsArea[]>(initial?.rightsAreas ?? []);
  const [source, setSource] = useState(initial?.source ?? '');
  const [voice, setVoice] = useState<NeedVoice>(initial?.voice ?? 'community');
  const [date, setDate] = useState(initial?.date ?? today());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const list = parseCommunities(communities);
    if (list.length === 0) {
      setError(t('needs.needCommunity'));
      return;
    }
    if (rightsAreas.length === 0) {
      setError(t('needs.needArea'));
      document.getElementById(`${id}-area-${RIGHTS_AREAS[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave({ statement: statement.trim(), communities: list, rightsAreas, source: source.trim(), date: date || undefined, voice });
      if (!initial) {
        setStatement('');
        setCommunities('');
        setRightsAreas([]);
        setSource('');
        setDate(today());
      }
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card need-form" onSubmit={submit} aria-labelledby={`${id}-heading`} aria-busy={busy}>
      {level === 2 ? <h2 id={`${id}-heading`}>{heading}</h2> : <h3 id={`${id}-heading`}>{heading}</h3>}
      <div className="field">
        <label htmlFor={`${id}-statement`}>{t('needs.statement')}</label>
        <textarea
          id={`${id}-statement`}
          rows={3}
          required
          maxLength={2000}
          aria-describedby={`${id}-statement-hint`}
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
        />
        <p className="hint" id={`${id}-statement-hint`}>
          {t('needs.statementHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-communities`}>{t('needs.communities')}</label>
        <input
          id={`${id}-communities`}
          required
          autoComplete="off"
          aria-describedby={`${id}-communities-hint`}
          value={communities}
          onChange={(e) => setCommunities(e.target.value)}
        />
        <p className="hint" id={`${id}-communities-hint`}>
          {t('needs.communitiesHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-voice`}>{t('needs.voice')}</label>
        <select id={`${id}-voice`} value={voice} onChange={(e) => setVoice(e.target.value as NeedVoice)}>
          {NEED_VOICES.map((v) => (
            <option key={v} value={v}>
              {t(`needs.voices.${v}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field area-choice" aria-describedby={`${id}-area-hint`}>
        <legend>{t('needs.rightsAreas')}</legend>
        <p className="hint" id={`${id}-area-hint`}>
          {t('needs.rightsAreasHint')}
        </p>
        <div className="area-options">
          {RIGHTS_AREAS.map((area) => (
            <div className="check" key={area}>
              <input
                id={`${id}-area-${area}`}
                type="checkbox"
                checked={rightsAreas.includes(area)}
                onChange={(e) =>
                  setRightsAreas((chosen) => (e.target.checked ? [...chosen, area] : chosen.filter((a) => a !== area)))
                }
              />
              <label htmlFor={`${id}-area-${area}`}>{t(`rightsAreas.${area}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('needs.source')}</label>
        <input
          id={`${id}-source`}
          required
          maxLength={300}
          autoComplete="off"
          aria-describedby={`${id}-source-hint`}
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
        <p className="hint" id={`${id}-source-hint`}>
          {t('needs.sourceHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('needs.date')}</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('needs.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('needs.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
