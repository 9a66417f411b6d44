import { Link } from 'react-router-dom';
import { listTokens } from '../tokens';
import { fill, strings } from '../strings';

/** Initiatives this browser already holds an invite for. */
export function YourInitiatives() {
  const tokens = listTokens();
  if (tokens.length === 0) return null;
  return (
    <section aria-labelledby="yours-heading">
      <h2 id="yours-heading">{strings.homePage.yours}</h2>
      <ul>
        {tokens.map((t) => (
          <li key={t.token}>
            <Link to={`/join/${encodeURIComponent(t.token)}`}>{t.initiativeName}</Link>{' '}
            <span className="muted">{fill(strings.homePage.yoursRole, { role: strings.roles[t.role] })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
