import { Link } from 'react-router-dom';
import { strings } from '../strings';
import { useDocumentTitle } from '../useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle(strings.errors.notFound);
  return (
    <>
      <h1 tabIndex={-1}>{strings.errors.notFound}</h1>
      <p>
        <Link to="/">{strings.errors.goHome}</Link>
      </p>
    </>
  );
}
