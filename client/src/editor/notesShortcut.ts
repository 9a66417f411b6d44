import { Extension } from '@tiptap/core';
import { clauseAtSelection } from './caretClause';

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
        const id = clauseAtSelection(this.editor.state.selection);
        if (id === null) return false;
        this.options.onOpen(id);
        return true;
      },
    };
  },
});
