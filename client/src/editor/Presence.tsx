import type { Present } from '../collab/usePresence';
import { NameForm } from './NameForm';
import { strings } from '../strings';

interface Props {
  present: Present[];
  name: string;
  /** True until this person has chosen a name once. */
  askName: boolean;
  onName(name: string): void;
}

/** "Who is here": everyone connected to the draft, with their caret colour and role. */
export function Presence({ present, name, askName, onName }: Props) {
  const t = strings.presence;
  return (
    <div className="presence card">
      <h2 id="presence-heading">{t.title}</h2>
      <NameForm name={name} ask={askName} onName={onName} />
      <ul className="presence-list" aria-live="polite">
        {present.map((person) => (
          <li key={person.clientId} data-self={person.isSelf || undefined}>
            <span className="swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
            <span className="presence-name">{person.name}</span>
            {person.isSelf && <span className="presence-you"> {t.you}</span>}
            <span className="muted presence-role">{strings.roles[person.role]}</span>
          </li>
        ))}
      </ul>
      {present.length <= 1 && <p className="muted">{t.nobody}</p>}
    </div>
  );
}
