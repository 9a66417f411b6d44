import { Suspense, lazy, useEffect, useState, type ComponentProps, type ComponentType } from 'react';

type Parts = typeof import('./aroundTheText');
/** The parts that are components (the others are functions: usePart). */
type Components = { [K in keyof Parts as Parts[K] extends ComponentType<never> ? K : never]: Parts[K] };

/**
 * Started when this module runs: by then the editor's own code has arrived.
 * Should the link drop first, it is asked for again until it comes; meanwhile
 * the text can be written, and nothing around it is drawn.
 */
const RETRY_MS = 3000;
function load(): Promise<Parts> {
  return import('./aroundTheText').catch(() => new Promise<void>((resolve) => setTimeout(resolve, RETRY_MS)).then(load));
}
const parts = load();
let arrived: Parts | null = null;
void parts.then((module) => (arrived = module));

/**
 * A part of the page around the text (aroundTheText.ts), used as the component
 * itself: it draws nothing until its chunk has arrived, then draws as always.
 */
function deferred<K extends keyof Components>(name: K): Components[K] {
  type Props = ComponentProps<Components[K]> & object;
  const Part = lazy(() => parts.then((module) => ({ default: module[name] as ComponentType<Props> })));
  const Deferred = (props: Props) => (
    <Suspense fallback={null}>
      <Part {...props} />
    </Suspense>
  );
  return Deferred as unknown as Components[K];
}

/** A function of the parts' chunk, once it has arrived; null until then. */
export function usePart<K extends keyof Parts>(name: K): Parts[K] | null {
  const [part, setPart] = useState<Parts[K] | null>(() => arrived?.[name] ?? null);
  useEffect(() => {
    let current = true;
    void parts.then((module) => current && setPart(() => module[name]));
    return () => {
      current = false;
    };
  }, [name]);
  return part;
}

export const ClauseGutter = deferred('ClauseGutter');
export const DetachedNotes = deferred('DetachedNotes');
export const NotesPanel = deferred('NotesPanel');
export const AmendmentAnnouncer = deferred('AmendmentAnnouncer');
export const AmendmentsSection = deferred('AmendmentsSection');
export const UnheardNotice = deferred('UnheardNotice');
export const JoinForm = deferred('JoinForm');
export const RemovedNotice = deferred('RemovedNotice');
export const DiscussButton = deferred('DiscussButton');
export const SessionBar = deferred('SessionBar');
export const SessionPanel = deferred('SessionPanel');
export const TranslatedReading = deferred('TranslatedReading');
export const Presence = deferred('Presence');
export const RemoteAnnouncer = deferred('RemoteAnnouncer');
