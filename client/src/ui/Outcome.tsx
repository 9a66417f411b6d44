import { ErrorMessage } from './ErrorMessage';

/**
 * Under a form or a row of actions: what the last one did, said politely, and
 * what went wrong, said at once. Both regions stay in the page so screen readers
 * hear each change.
 */
export function Outcome({ status, error }: { status: string; error: string | null }) {
  return (
    <>
      <p role="status" className="copy-status">
        {status}
      </p>
      <ErrorMessage message={error} />
    </>
  );
}
