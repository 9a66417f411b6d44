import type { Thread } from '../annotate/threads';
import { ThreadView } from '../annotate/ThreadView';

/** The comment threads of a clause, to read: each with its replies and whether it is resolved. */
export function ReviewThreads({ threads }: { threads: Thread[] }) {
  return (
    <>
      {threads.map((thread) => (
        <ThreadView key={thread.root.id} thread={thread} dates="full" />
      ))}
    </>
  );
}
