import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { CLAUSE_ID_ATTR, newClauseId } from '../clauses.js';

/** The y-sync plugin's key: its transactions carry changes made by other people. */
const REMOTE_CHANGE_META = 'y-sync$';

/**
 * Gives every top-level block (a clause) a stable `clauseId`. A split's second
 * half does not inherit the id (keepOnSplit: false) and gets a fresh one, so the
 * first half keeps the clause and its annotations. Remote changes are left to
 * their author and to the server, which enforces the same rule for every client,
 * so a dozen browsers never race to name the same block.
 */
export const ClauseId = Extension.create({
  name: 'clauseId',

  addOptions() {
    return {
      types: ['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule'],
    };
  },

  addGlobalAttributes() {
    return [
      {
        types: this.options.types,
        attributes: {
          [CLAUSE_ID_ATTR]: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element: HTMLElement) => element.getAttribute('data-clause-id'),
            renderHTML: (attributes: Record<string, unknown>) =>
              attributes[CLAUSE_ID_ATTR] ? { 'data-clause-id': attributes[CLAUSE_ID_ATTR] } : {},
          },
        },
      },
    ];
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('clauseId'),
        appendTransaction(transactions, _oldState, state) {
          const local = transactions.some((tr) => tr.docChanged && !tr.getMeta(REMOTE_CHANGE_META));
          if (!local) return null;
          const tr = state.tr;
          const seen = new Set<string>();
          state.doc.forEach((node, offset) => {
            if (!(CLAUSE_ID_ATTR in node.attrs)) return;
            const id = node.attrs[CLAUSE_ID_ATTR] as string | null;
            if (id && !seen.has(id)) {
              seen.add(id);
              return;
            }
            const fresh = newClauseId();
            tr.setNodeAttribute(offset, CLAUSE_ID_ATTR, fresh);
            seen.add(fresh);
          });
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
