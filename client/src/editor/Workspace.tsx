import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { CLAUSE_ID_ATTR, canManage, canWriteNotes, type Draft, type Author, type DraftStatus } from '@charter/shared';
import type { CollabSession } from '../collab/useCollab';
import type { NotesSession } from '../collab/useNotesSession';
import type { SessionDoc } from '../collab/useSessionDoc';
import type { DecisionsDoc } from '../collab/useDecisionsDoc';
import { openAmendmentCounts, useAmendments, useSynced } from '../amend/useAmendments';
import { useConnection } from '../collab/useConnection';
import { usePresence, usePublishClause, type PresenceUser } from '../collab/usePresence';
import type { PanelTarget } from '../annotate/NotesPanel';
import { useClauseNotes, type ClauseNotes } from '../annotate/useClauseNotes';
import { usePrinciples } from '../annotate/usePrinciples';
import { useNeeds, useRefreshForUnknownNeeds } from '../needs/useNeeds';
import { scrollToClause } from '../session/useFollowFacilitator';
import { SidePanel, type SideTab } from './SidePanel';
import { useNarrow } from './useNarrow';
import { useDiscussHighlight } from '../session/discussHighlight';
import { useOpenClauseMark } from '../annotate/openClauseMark';
import { currentDiscussion } from '../session/discussion';
import { startDiscussing, stopDiscussing } from '../session/sessionMap';
import { useLiveSession } from '../session/useLiveSession';
import { useCaretClause } from './caretClause';
import { CollabEditor } from './CollabEditor';
// The parts around the text come a moment after it (aroundTheText.ts).
import {
  AmendmentAnnouncer,
  AmendmentsSection,
  ClauseGutter,
  DetachedNotes,
  DiscussButton,
  NotesPanel,
  Presence,
  RemoteAnnouncer,
  RemovedNotice,
  SessionBar,
  SessionPanel,
  UnheardNotice,
  usePart,
} from './deferred';
import { ConnectionBadge } from './ConnectionBadge';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useTranslation } from '../i18n';
import { useRemoved } from '../collab/removal';
import { joinToken } from '../tokens';

interface Props {
  draft: Draft;
  token: string;
  collab: CollabSession;
  notes: NotesSession;
  session: SessionDoc;
  decisions: DecisionsDoc;
  status: DraftStatus;
  user: PresenceUser;
  /** The person of a personal token, who signs every note; null for an invite token. */
  author: Author | null;
  editable: boolean;
  /** Why this person cannot change notes; null when they can. */
  notesReadOnly: string | null;
}

/** The text with its clause gutter, the notes panel, detached notes, the live session, and who is here. */
export function Workspace(props: Props) {
  const { t } = useTranslation();
  const { draft, token, collab, notes, session, user, author } = props;
  const { clauses, annotations, detached, stances } = useClauseNotes(collab.doc, notes.doc, usePart('readClauseNotes'));
  const connection = useConnection(collab.provider, collab.saved, collab.local);
  const removed = useRemoved(connection, token, author !== null);
  // A removed person's sockets are closed for good: nothing they type could be sent.
  const editable = props.editable && !removed;
  const notesReadOnly = removed ? t('people.removed') : props.notesReadOnly;
  const present = usePresence(collab.provider);
  const principles = usePrinciples();
  const register = useNeeds(draft.initiativeId, token);
  useRefreshForUnknownNeeds(annotations, register);
  const [selected, setSelected] = useState<string | null>(null);
  const { refresh } = register;
  const [editor, setEditor] = useState<Editor | null>(null);
  const caretClause = useCaretClause(editor);
  usePublishClause(collab.provider, caretClause);
  const live = useLiveSession(session.doc);
  const amendments = useAmendments(props.decisions.doc);
  const discussion = useMemo(() => currentDiscussion(live.nowDiscussing, amendments), [live.nowDiscussing, amendments]);
  const discussed = discussion && !discussion.ended ? discussion.clauseId : null;
  const discussedAmendment = discussed === null ? null : (discussion?.amendment?.id ?? null);
  useDiscussHighlight(editor, discussed);
  useOpenClauseMark(editor, selected);
  const facilitator = canManage(user.role);
  const clauseNumbers = useMemo(() => new Map(clauses.map((clause, index) => [clause.id, index + 1])), [clauses]);
  const decisionsSynced = useSynced(props.decisions.provider);
  const openAmendments = useMemo(() => openAmendmentCounts(amendments), [amendments]);
  // Proposing and standing are a person's (a personal token), never a viewer's, and end at adoption.
  const takesPart = canWriteNotes(user.role) && props.status !== 'adopted';

  const narrow = useNarrow();
  const [tab, setTab] = useState<SideTab>('people');
  // On a narrow screen the side panel is a sheet: open on a clause's notes, or on who is here.
  const [sheetOpen, setSheetOpen] = useState(false);
  // On a narrow screen the live session sits in the sheet, hidden while it is closed: its announcements are spoken from here.
  const [announcerHost, setAnnouncerHost] = useState<HTMLDivElement | null>(null);
  const discussedNumber = discussed === null ? null : (clauseNumbers.get(discussed) ?? null);

  // Opening a clause's notes shows them (in the sheet, on a narrow screen);
  // closing them goes back to who is here. One render, so focus can move at once.
  const choose = useCallback((clauseId: string | null) => {
    setSelected(clauseId);
    setTab(clauseId ? 'notes' : 'people');
    setSheetOpen(clauseId !== null);
  }, []);
  // A need recorded in another tab since this page loaded should be linkable now.
  useEffect(() => {
    if (selected) refresh();
  }, [selected, refresh]);

  const close = useCallback(() => {
    const clauseId = selected;
    choose(null);
    // Back where the person was: the clause's gutter button.
    if (clauseId) document.querySelector<HTMLElement>(`.clause-button[data-clause-id="${CSS.escape(clauseId)}"]`)?.focus();
  }, [selected, choose]);

  const target = panelTarget(selected, clauses, detached);
  const gutter = (editor: Editor) => (
    <ClauseGutter
      editor={editor}
      clauses={clauses}
      principles={principles.principles}
      needs={register.needs}
      stances={stances}
      selected={selected}
      openAmendments={openAmendments}
      writable={notesReadOnly === null}
      onSelect={(clauseId) => choose(selected === clauseId ? null : clauseId)}
    />
  );

  const sessionPanel = (
    <SessionPanel
      session={session.doc}
      live={live}
      discussion={discussion}
      facilitator={facilitator}
      editor={editor}
      caretClause={caretClause}
      clauseNumbers={clauseNumbers}
      firstClause={clauses[0]?.id ?? null}
      onShowClause={choose}
      announcerHost={narrow ? announcerHost : null}
    />
  );

  const notesPanel = target ? (
    <NotesPanel
      target={target}
      annotations={annotations}
      notes={notes.doc}
      principles={principles.principles}
      principlesError={principles.error}
      needs={register.needs}
      needsError={register.error}
      readOnlyReason={notesReadOnly}
      author={author}
      canAnswer={user.role === 'reviewer'}
      registerHref={`/join/${encodeURIComponent(joinToken(token))}/needs`}
      heading={isHeading(editor, target.clauseId)}
      actions={
        facilitator &&
        target.number !== null && (
          <DiscussButton session={session.doc} clauseId={target.clauseId} discussing={discussed === target.clauseId && discussedAmendment === null} />
        )
      }
      amendments={
        target.number !== null && (
          <AmendmentsSection
            token={token}
            draftId={draft.id}
            clauseId={target.clauseId}
            clauseNumber={target.number}
            clauseText={target.text}
            amendments={amendments}
            mayPropose={takesPart && props.author !== null}
            needPerson={takesPart && props.author === null}
            powers={{ stand: takesPart && props.author !== null, decide: facilitator && props.status !== 'adopted', me: props.author?.id ?? null }}
            discussedId={discussedAmendment}
            onDiscuss={
              facilitator
                ? (amendmentId) => (amendmentId ? startDiscussing(session.doc, target.clauseId, amendmentId) : stopDiscussing(session.doc))
                : undefined
            }
          />
        )
      }
      onClose={close}
    />
  ) : (
    <p className="muted side-hint">{t('workspace.notesHint')}</p>
  );

  return (
    <div className="workspace">
      <div className="workspace-main">
        {removed && <RemovedNotice />}
        {narrow && (
          <SessionBar
            discussion={discussion}
            discussedNumber={discussedNumber}
            present={present}
            expanded={sheetOpen && tab === 'people'}
            onToggle={() => {
              const showing = sheetOpen && tab === 'people';
              setTab('people');
              setSheetOpen(!showing);
              // Into the sheet, at its tab, as a keyboard or screen reader user expects.
              if (!showing) requestAnimationFrame(() => document.getElementById('side-tab-people')?.focus());
            }}
            onGoToDiscussed={() => editor && discussed && scrollToClause(editor, discussed)}
          />
        )}
        <div className="workspace-bar">
          <ConnectionBadge state={connection} showSaved={editable} removed={removed} />
        </div>
        <CollabEditor
          session={collab}
          user={user}
          editable={editable}
          onOpenNotes={choose}
          gutter={gutter}
          onEditor={setEditor}
        />
        <DetachedNotes detached={detached} annotations={annotations} onOpen={choose} />
        {editable && <ShortcutsHelp />}
        <RemoteAnnouncer
          doc={collab.doc}
          provider={collab.provider}
          notes={notes.doc}
          notesProvider={notes.provider}
          clauseNumbers={clauseNumbers}
        />
        <AmendmentAnnouncer amendments={amendments} synced={decisionsSynced} clauseNumbers={clauseNumbers} />
        <div ref={setAnnouncerHost} />
      </div>
      <SidePanel
        tab={tab}
        onTab={setTab}
        narrow={narrow}
        open={sheetOpen}
        onClose={() => {
          if (selected) return close();
          setSheetOpen(false);
          // Back to the bar's button that opened the sheet.
          document.querySelector<HTMLElement>('.session-bar-people')?.focus();
        }}
        pinned={narrow ? undefined : sessionPanel}
        peopleCount={present.length}
        notesOpen={target !== null}
        notes={notesPanel}
        people={
          <>
            {narrow && sessionPanel}
            <aside aria-labelledby="presence-heading">
              <Presence present={present} clauseNumbers={clauseNumbers} name={user.name} />
            </aside>
            {facilitator && <UnheardNotice draftId={draft.id} token={token} />}
          </>
        }
      />
    </div>
  );
}

/** Is this clause a heading (a section's title)? */
function isHeading(editor: Editor | null, clauseId: string): boolean {
  let heading = false;
  editor?.state.doc.forEach((block) => {
    if (block.attrs[CLAUSE_ID_ATTR] === clauseId) heading = block.type.name === 'heading';
  });
  return heading;
}

/** The clause the panel shows: in the text, or among the detached notes. */
function panelTarget(
  selected: string | null,
  clauses: ClauseNotes['clauses'],
  detached: ClauseNotes['detached'],
): PanelTarget | null {
  if (!selected) return null;
  const index = clauses.findIndex((clause) => clause.id === selected);
  if (index >= 0) return { clauseId: selected, number: index + 1, text: clauses[index].text };
  const gone = detached.find((entry) => entry.clauseId === selected);
  // A clause deleted with no notes has nothing left to show.
  return gone ? { clauseId: selected, number: null, text: gone.lastText } : null;
}
