import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  /** Open the form by itself: the first visit, before a name was chosen. */
  ask: boolean;
  onName(name: string): void;
}

/** Choose the name the others see beside your caret; open on a first visit, editable later. */
export function NameForm({ name, ask, onName }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const open = ask || editing;

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = value.trim();
    if (!next) return;
    onName(next.slice(0, 60));
    setEditing(false);
  }

  if (!open) {
    return (
      <p className="name-line">
        {t('presence.appearAs', { name })}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setValue(name);
            setEditing(true);
          }}
        >
          {t('presence.change')}
        </button>
      </p>
    );
  }

  return (
    <form className="name-form" onSubmit={submit}>
      {ask && <p id={`${id}-ask`}>{t('presence.askName')}</p>}
      <label htmlFor={`${id}-name`}>{t('presence.nameLabel')}</label>
      <div className="copy-row">
        <input
          id={`${id}-name`}
          name="displayName"
          required
          maxLength={60}
          autoComplete="nickname"
          aria-describedby={ask ? `${id}-ask` : undefined}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoFocus={editing}
        />
        <button type="submit">{t('presence.save')}</button>
      </div>
      {editing && !ask && (
        <button type="button" className="link-button" onClick={() => setEditing(false)}>
          {t('presence.cancel')}
        </button>
      )}
    </form>
  );
}
