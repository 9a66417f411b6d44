import { Extension } from '@tiptap/core';
import { CLAUSE_ID_ATTR } from '@charter/shared';

export interface NotesShortcutOptions {
  /** Open the notes of the clause holding the caret. */
  onOpen(clauseId: string): void;
}

/** Ctrl+Alt+M (⌘⌥M on a Mac): the notes of the clause the caret is in, without leaving the keyboard. */
export const NotesShortcut = Extension.create<NotesShortcutOptions>({
  name: 'notesShortcut',

  addOptions() {
    return { onOpen: () => undefined };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        const { $from } = this.editor.state.selection;
        // Depth 1 is the top-level block: the clause. A selected block has depth 0.
        const block = $from.depth >= 1 ? $from.node(1) : $from.nodeAfter;
        const id: unknown = block?.attrs[CLAUSE_ID_ATTR];
        if (typeof id !== 'string') return false;
        this.options.onOpen(id);
        return true;
      },
    };
  },
});
