import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Selection } from '@tiptap/pm/state';
import { CLAUSE_ID_ATTR } from '@charter/shared';

/** The id of the clause (top-level block) holding the selection's start, or null. */
export function clauseAtSelection(selection: Selection): string | null {
  const { $from } = selection;
  // Depth 1 is the top-level block: the clause. A selected block has depth 0.
  const block = $from.depth >= 1 ? $from.node(1) : $from.nodeAfter;
  const id: unknown = block?.attrs[CLAUSE_ID_ATTR];
  return typeof id === 'string' ? id : null;
}

/**
 * The clause this person's caret is in, once they have put it in the text
 * (before that the editor's default selection says nothing about them).
 * Reading it is a couple of lookups, and React skips the render when the
 * clause is unchanged, so following every selection change costs nothing.
 */
export function useCaretClause(editor: Editor | null): string | null {
  const [clauseId, setClauseId] = useState<string | null>(null);
  useEffect(() => {
    if (!editor) return;
    const read = () => setClauseId(clauseAtSelection(editor.state.selection));
    editor.on('focus', read);
    editor.on('selectionUpdate', read);
    return () => {
      editor.off('focus', read);
      editor.off('selectionUpdate', read);
    };
  }, [editor]);
  return clauseId;
}
