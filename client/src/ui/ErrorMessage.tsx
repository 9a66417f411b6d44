/** An error in plain words, announced as soon as it appears. */
export function ErrorMessage({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'error' : undefined}>
      {message}
    </div>
  );
}
