import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import type { JoinedParticipant, Session } from '@charter/shared';
import { errorMessage } from '../api';
import { MAX_NAME_LENGTH, communitiesProblem, parseCommunities } from '../communities';
import { LANGUAGE_NAMES, currentLanguage } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { joinInitiative } from './join';

interface Props {
  /** The invite token the person came with. */
  invite: string;
  session: Session;
  /** What the form asks, above the fields: why a name is needed here. */
  intro: string;
  /** The heading's level in its page. */
  level?: 2 | 3;
  /** Put the caret in the name field on arrival (after "not you?"). */
  autoFocus?: boolean;
  onJoined(joined: JoinedParticipant): void;
}

/**
 * Join by name: who you are (required), the communities you belong to or speak
 * from (optional, in your own words); their language is the one the page
 * speaks (the "Language" control above). The server answers with a personal
 * token this device keeps.
 */
export function JoinForm({ invite, session, intro, level = 2, autoFocus, onJoined }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [communities, setCommunities] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('people.nameRequired'));
      return;
    }
    const list = parseCommunities(communities);
    const problem = communitiesProblem(list);
    if (problem) {
      setError(t(`people.communities.${problem}`));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const joined = await joinInitiative(invite, session, {
        name: trimmed,
        ...(list.length ? { communities: list } : {}),
        // The language they chose at the top of the page (or their browser's).
        language: currentLanguage(),
      });
      onJoined(joined);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  }

  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form className="card join-form" onSubmit={submit} aria-labelledby={`${id}-heading`} aria-busy={busy} noValidate>
      <Heading id={`${id}-heading`}>{t('people.joinHeading', { name: session.initiative.name })}</Heading>
      <p>{intro}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('people.nameLabel')}</label>
        <input
          id={`${id}-name`}
          name="name"
          required
          autoFocus={autoFocus}
          aria-required="true"
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          aria-describedby={`${id}-name-hint`}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <p className="hint" id={`${id}-name-hint`}>
          {t('people.nameHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-communities`}>{t('people.communitiesLabel')}</label>
        <input
          id={`${id}-communities`}
          name="communities"
          autoComplete="off"
          aria-describedby={`${id}-communities-hint`}
          value={communities}
          onChange={(e) => setCommunities(e.target.value)}
        />
        <p className="hint" id={`${id}-communities-hint`}>
          {t('people.communitiesHint')}
        </p>
      </div>
      <p className="hint" id={`${id}-language`}>
        {t('people.languageNote', { language: LANGUAGE_NAMES[currentLanguage()] })}
      </p>
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('people.joining') : t('people.join')}
        </button>
      </div>
    </form>
  );
}
