import { useLayoutEffect } from 'react';
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { CLAUSE_ID_ATTR } from '@charter/shared';

interface MarkState {
  clauseId: string | null;
  decorations: DecorationSet;
}

/** The attributes the marked block gets: a class, and any the stylesheet reads. */
type MarkAttrs = () => Record<string, string>;

/**
 * The clause's block, marked with a node decoration: ProseMirror redraws a
 * block whenever its text or attributes change, which would drop a class set
 * on the DOM by hand; a decoration is drawn again with it. A label is an
 * attribute the stylesheet shows, so it never enters the editable text.
 */
function decorate(doc: PmNode, clauseId: string | null, attrs: MarkAttrs): DecorationSet {
  if (clauseId === null) return DecorationSet.empty;
  let offset = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    const block = doc.child(index);
    if (block.attrs[CLAUSE_ID_ATTR] === clauseId) {
      return DecorationSet.create(doc, [Decoration.node(offset, offset + block.nodeSize, attrs())]);
    }
    offset += block.nodeSize;
  }
  return DecorationSet.empty;
}

/**
 * One clause of the text marked for everyone who sees it (the one discussed,
 * the one whose notes are open): an editor extension, and a hook that moves
 * the mark to another clause (none for null).
 */
export function clauseMark(name: string, attrs: MarkAttrs) {
  const key = new PluginKey<MarkState>(name);
  const extension = Extension.create({
    name,
    addProseMirrorPlugins() {
      return [
        new Plugin<MarkState>({
          key,
          state: {
            init: () => ({ clauseId: null, decorations: DecorationSet.empty }),
            apply(tr, previous) {
              const next: unknown = tr.getMeta(key);
              if (next !== undefined) {
                const clauseId = typeof next === 'string' ? next : null;
                return { clauseId, decorations: decorate(tr.doc, clauseId, attrs) };
              }
              // A split, paste or remote edit may move or remove the block: look it up again.
              return tr.docChanged ? { ...previous, decorations: decorate(tr.doc, previous.clauseId, attrs) } : previous;
            },
          },
          props: {
            decorations: (state) => key.getState(state)?.decorations,
          },
        }),
      ];
    },
  });

  function useMark(editor: Editor | null, clauseId: string | null): void {
    // Moved with the render that names the clause, not a paint later: a page that
    // says "no clause is discussed" never still shows one marked.
    useLayoutEffect(() => {
      if (!editor || editor.isDestroyed) return;
      if (key.getState(editor.state)?.clauseId === clauseId) return;
      editor.view.dispatch(editor.state.tr.setMeta(key, clauseId).setMeta('addToHistory', false));
    }, [editor, clauseId]);
  }

  return { extension, useMark };
}
