import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useTiptap } from './tiptap';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Code } from '@tiptap/extension-code';
import { CodeBlock } from '@tiptap/extension-code-block';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { HorizontalRule } from '@tiptap/extension-horizontal-rule';
import { Italic } from '@tiptap/extension-italic';
import { Link } from './link';
// The list package's subpaths: its index also carries the task list, which this schema has not.
import { BulletList } from '@tiptap/extension-list/bullet-list';
import { ListItem } from '@tiptap/extension-list/item';
import { ListKeymap } from '@tiptap/extension-list/keymap';
import { OrderedList } from '@tiptap/extension-list/ordered-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Strike } from '@tiptap/extension-strike';
import { Text } from '@tiptap/extension-text';
import { Underline } from '@tiptap/extension-underline';
import { Dropcursor } from '@tiptap/extensions/drop-cursor';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { BODY_FRAGMENT } from '@charter/shared';
import { BlockDirection, ClauseId } from '@charter/shared/editor';
import type { CollabSession } from '../collab/useCollab';
import type { PresenceUser } from '../collab/usePresence';
import { DiscussHighlight } from '../session/discussHighlight';
import { OpenClauseMark } from '../annotate/openClauseMark';
import { NotesShortcut } from './notesShortcut';
import { Toolbar } from './Toolbar';
import { useTranslation } from '../i18n';

interface Props {
  session: CollabSession;
  user: PresenceUser;
  editable: boolean;
  /** Ctrl+Alt+M in the text: open the notes of the clause holding the caret. */
  onOpenNotes(clauseId: string): void;
  /** Drawn beside the text, with the editor to read clause positions from. */
  gutter(editor: Editor): ReactNode;
  /** The editor once built, for the parts of the page that follow its caret or scroll it. */
  onEditor(editor: Editor): void;
}

/** The shared text of a draft: Tiptap bound to the Y.Doc, with everyone's carets. */
export function CollabEditor({ session, user, editable, onOpenNotes, gutter, onEditor }: Props) {
  const { t } = useTranslation();
  const { doc, provider } = session;
  // The editor is built once per document; later name changes go through updateUser.
  const firstUser = useRef(user);
  const editableRef = useRef(editable);
  editableRef.current = editable;
  const openNotes = useRef(onOpenNotes);
  openNotes.current = onOpenNotes;
  // The label follows the interface language without rebuilding the editor.
  const label = t('draft.editorLabel');
  const labelRef = useRef(label);
  labelRef.current = label;

  const { editor, mount } = useTiptap(
    {
      extensions: [
        // StarterKit's extensions, in its order, named one by one so the bundle
        // leaves out the two the shared text must not have: its undo history
        // (Collaboration brings its own undo, which only undoes your own changes)
        // and its trailing node (every connected browser would append its own
        // trailing paragraph to the shared text at once). The schema stays the
        // same: a node or mark it lost would be dropped from the shared text.
        Bold,
        Blockquote,
        BulletList,
        Code,
        CodeBlock,
        Document,
        Dropcursor,
        Gapcursor,
        HardBreak,
        Heading,
        HorizontalRule,
        Italic,
        ListItem,
        ListKeymap,
        Link,
        OrderedList,
        Paragraph,
        Strike,
        Text,
        Underline,
        Collaboration.configure({ document: doc, field: BODY_FRAGMENT }),
        CollaborationCaret.configure({ provider, user: firstUser.current }),
        ClauseId,
        BlockDirection,
        NotesShortcut.configure({ onOpen: (clauseId) => openNotes.current(clauseId) }),
        DiscussHighlight,
        OpenClauseMark,
      ],
      editable,
      editorProps: {
        // Keep the caret clear of the live-session bar that stays at the top of a phone's window.
        scrollMargin: { top: 72, bottom: 24, left: 0, right: 0 },
        attributes: () => ({
          id: 'draft-text',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': labelRef.current,
          'aria-readonly': editableRef.current ? 'false' : 'true',
          'aria-keyshortcuts': 'Control+Alt+M',
          class: 'draft-text',
        }),
      },
    },
    [doc, provider],
  );

  useEffect(() => {
    if (editor) onEditor(editor);
  }, [editor, onEditor]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view?.dom?.setAttribute('aria-label', label);
  }, [editor, label]);

  // Before the paint: a text the page says is read-only (adopted, or its writer
  // removed) must not take a keystroke in between.
  useLayoutEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    if (!editor) return;
    const current = provider.awareness.getLocalState()?.user as PresenceUser | undefined;
    if (current?.name !== user.name || current?.color !== user.color || current?.role !== user.role) {
      editor.commands.updateUser({ ...user });
    }
  }, [editor, provider, user]);

  return (
    <div className="editor">
      {editable && editor && <Toolbar editor={editor} />}
      <div className="editor-body">
        <div ref={mount} className="editor-surface" />
        {editor && gutter(editor)}
      </div>
    </div>
  );
}
