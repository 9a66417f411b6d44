import { Link } from 'wouter';
import { listTokens } from '../tokens';
import { useTranslation } from '../i18n';

/** Initiatives this browser already holds an invite for. */
export function YourInitiatives() {
  const { t } = useTranslation();
  const tokens = listTokens();
  if (tokens.length === 0) return null;
  return (
    <section aria-labelledby="yours-heading">
      <h2 id="yours-heading">{t('homePage.yours')}</h2>
      <ul>
        {tokens.map((entry) => (
          <li key={entry.token}>
            <Link to={`/join/${encodeURIComponent(entry.invite ?? entry.token)}`}>{entry.initiativeName}</Link>{' '}
            <span className="muted">{t('homePage.yoursRole', { role: t(`roles.${entry.role}`) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
