import { Suspense, lazy, type ComponentProps, type ComponentType } from 'react';

type Parts = typeof import('./aroundTheText');

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

/**
 * A part of the page around the text (aroundTheText.ts), used as the component
 * itself: it draws nothing until its chunk has arrived, then draws as always.
 */
function deferred<K extends keyof Parts>(name: K): Parts[K] {
  type Props = ComponentProps<Parts[K]> & object;
  const Part = lazy(() => parts.then((module) => ({ default: module[name] as ComponentType<Props> })));
  const Deferred = (props: Props) => (
    <Suspense fallback={null}>
      <Part {...props} />
    </Suspense>
  );
  return Deferred as unknown as Parts[K];
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
