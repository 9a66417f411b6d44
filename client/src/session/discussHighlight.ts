import { useEffect } from 'react';
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { CLAUSE_ID_ATTR } from '@charter/shared';
import { i18n } from '../i18n';

interface HighlightState {
  clauseId: string | null;
  decorations: DecorationSet;
}

const discussKey = new PluginKey<HighlightState>('discussHighlight');

/**
 * The clause's block, marked with a node decoration: ProseMirror redraws a
 * block whenever its text or attributes change, which would drop a class set
 * on the DOM by hand; a decoration is drawn again with it. The label is an
 * attribute the stylesheet shows, so it never enters the editable text.
 */
function highlight(doc: PmNode, clauseId: string | null): DecorationSet {
  if (clauseId === null) return DecorationSet.empty;
  let offset = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    const block = doc.child(index);
    if (block.attrs[CLAUSE_ID_ATTR] === clauseId) {
      const mark = Decoration.node(offset, offset + block.nodeSize, {
        class: 'clause-discussing',
        'data-discussing-label': i18n.t('session.label'),
      });
      return DecorationSet.create(doc, [mark]);
    }
    offset += block.nodeSize;
  }
  return DecorationSet.empty;
}

/** Highlights, for everyone, the clause the facilitator put up for discussion. */
export const DiscussHighlight = Extension.create({
  name: 'discussHighlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: discussKey,
        state: {
          init: () => ({ clauseId: null, decorations: DecorationSet.empty }),
          apply(tr, previous) {
            const next: unknown = tr.getMeta(discussKey);
            if (next !== undefined) {
              const clauseId = typeof next === 'string' ? next : null;
              return { clauseId, decorations: highlight(tr.doc, clauseId) };
            }
            // A split, paste or remote edit may move or remove the block: look it up again.
            return tr.docChanged ? { ...previous, decorations: highlight(tr.doc, previous.clauseId) } : previous;
          },
        },
        props: {
          decorations: (state) => discussKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** Keep the editor's highlight on the clause now discussed (none for null). */
export function useDiscussHighlight(editor: Editor | null, clauseId: string | null): void {
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (discussKey.getState(editor.state)?.clauseId === clauseId) return;
    editor.view.dispatch(editor.state.tr.setMeta(discussKey, clauseId).setMeta('addToHistory', false));
  }, [editor, clauseId]);
}
