import { Extension } from '@tiptap/core';

/**
 * Every block takes its own direction from its first strong letter (`dir="auto"`):
 * an Arabic or Hebrew clause runs right to left beside a Spanish one. Only shown,
 * never stored: the attribute stays null in the document, so nothing of it reaches
 * the shared text, and a pasted `dir` is not kept.
 */
export const BlockDirection = Extension.create({
  name: 'blockDirection',

  addOptions() {
    return {
      types: ['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'codeBlock'],
    };
  },

  addGlobalAttributes() {
    return [
      {
        types: this.options.types,
        attributes: {
          dir: {
            default: null,
            parseHTML: () => null,
            renderHTML: () => ({ dir: 'auto' }),
          },
        },
      },
    ];
  },
});
