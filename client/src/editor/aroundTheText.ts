/**
 * Everything of a draft's page around its text: the clause gutter, the notes and
 * amendments, the live session, who is here, what is announced. One chunk,
 * which the page starts fetching once its editor's code has run (deferred.tsx):
 * on a slow link the text takes keystrokes first, and this arrives a moment after.
 */
export { ClauseGutter } from '../annotate/ClauseGutter';
export { readClauseNotes } from '../annotate/clauseNotes';
export { DetachedNotes } from '../annotate/DetachedNotes';
export { NotesPanel } from '../annotate/NotesPanel';
export { AmendmentAnnouncer } from '../amend/AmendmentAnnouncer';
export { AmendmentsSection } from '../amend/AmendmentsSection';
export { UnheardNotice } from '../participation/UnheardNotice';
export { JoinForm } from '../people/JoinForm';
export { RemovedNotice } from '../people/RemovedNotice';
export { DiscussButton } from '../session/DiscussButton';
export { SessionBar } from '../session/SessionBar';
export { SessionPanel } from '../session/SessionPanel';
export { TranslatedReading } from '../translate/TranslatedReading';
export { Presence } from './Presence';
export { RemoteAnnouncer } from './RemoteAnnouncer';
