import { Mark, mergeAttributes } from '@tiptap/core';
import type { MarkType, ResolvedPos } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/**
 * Links in the shared text: the `link` mark (its name and attributes are those
 * the text has always stored), a web address becoming a link once typed or
 * pasted, and Ctrl or ⌘ with a click opening one. Written here in place of
 * Tiptap's link extension, which with its address finder (linkifyjs) was a
 * tenth of the editor's chunk on a first visit over a slow link.
 */

/** Addresses a link may point at: the web, mail and the telephone; never `javascript:` or `data:`. */
export function isAllowedHref(href: string): boolean {
  const bare = href.replace(/[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare);
  return scheme === null || ['http', 'https', 'mailto', 'tel'].includes(scheme[1].toLowerCase());
}

/** A host's last label a bare address may end with: the common generic ones, or a country's two letters. */
const TOP_LEVEL = '(?:com|org|net|gov|edu|int|info|coop|africa|[a-z]{2})';
/** A whole word that is a web or mail address, as people write one in running text. */
const ADDRESS = new RegExp(
  `^(?:https?://[^\\s<>"]+|mailto:[^\\s@<>"]+@[^\\s<>"]+|(?:www\\.)?(?:[a-z0-9-]+\\.)+${TOP_LEVEL}(?:[/?#][^\\s<>"]*)?)$`,
  'i',
);
/** What ends a sentence rather than an address: "see example.org." links example.org. */
const TRAILING = /[.,;:!?'")\]]+$/;

/**
 * The link a word makes, if it is an address: where in the word it starts and
 * ends (an opening bracket and the closing punctuation stay text), and where it
 * points (`www.x.org` → `http://…`).
 */
export function addressIn(word: string): { from: number; to: number; href: string } | null {
  const trimmed = word.replace(TRAILING, '');
  const from = /^[("'[]*/.exec(trimmed)![0].length;
  const address = trimmed.slice(from);
  if (!ADDRESS.test(address) || /^\d+(\.\d+)+$/.test(address)) return null;
  const href = /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `http://${address}`;
  return isAllowedHref(href) ? { from, to: trimmed.length, href } : null;
}

/** A typed space looks no further back for its word than this: a paragraph may be very long. */
const LONGEST_ADDRESS = 2048;

/** Link `word`, whose text starts at position `at`, if it is an address without a link. */
function linkWord(tr: Transaction, type: MarkType, word: string, at: number): void {
  const link = addressIn(word);
  if (!link || tr.doc.rangeHasMark(at + link.from, at + link.to, type)) return;
  tr.addMark(at + link.from, at + link.to, type.create({ href: link.href }));
}

/** Link the word that ends at `$end`, in its textblock, if it is an address. */
function linkWordBefore(tr: Transaction, type: MarkType, $end: ResolvedPos): void {
  const from = Math.max($end.start(), $end.pos - LONGEST_ADDRESS);
  // A line break counts as a space; every leaf keeps its one position.
  const word = /\S+$/.exec(tr.doc.textBetween(from, $end.pos, undefined, ' '));
  // A word running past the window is longer than any address: no link.
  if (word && (word.index > 0 || from === $end.start())) linkWord(tr, type, word[0], $end.pos - word[0].length);
}

/** Link every address whose word meets `from`–`to`, in every textblock there. */
function linkRange(tr: Transaction, type: MarkType, from: number, to: number): void {
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, ' ');
    for (const match of text.matchAll(/\S+/g)) {
      const start = pos + 1 + match.index!;
      if (start + match[0].length >= from && start <= to) linkWord(tr, type, match[0], start);
    }
    return false;
  });
}

/** Link what this person just typed or pasted: `oldState`'s caret is where it began. */
function autolink(type: MarkType, transactions: readonly Transaction[], oldState: EditorState, state: EditorState): Transaction | null {
  // Others' changes arrive linked already, by their own editor.
  const own = transactions.filter((tr) => tr.docChanged && !tr.getMeta(ySyncPluginKey)?.isChangeOrigin);
  if (own.length === 0) return null;
  const tr = state.tr;
  const { $from } = state.selection;
  if (own.some((t) => t.getMeta('uiEvent') === 'paste')) {
    // Every address pasted, from where the paste began to the caret after it.
    let start = oldState.selection.from;
    for (const t of transactions) start = t.mapping.map(start, -1);
    linkRange(tr, type, Math.min(start, $from.pos), $from.pos);
  } else if (!$from.parent.isTextblock) {
    // A block selected (a rule, say): no word ends at the caret.
    return null;
  } else if ($from.parentOffset > 0 && /\s/.test(state.doc.textBetween($from.pos - 1, $from.pos, undefined, ' '))) {
    // A space after a word: that word, if it is an address.
    linkWordBefore(tr, type, state.doc.resolve($from.pos - 1));
  } else if ($from.parentOffset === 0) {
    // A new line: the last word of the line above (in a list, of the item above).
    const above = Selection.findFrom(state.doc.resolve($from.before()), -1, true);
    if (above) linkWordBefore(tr, type, above.$head);
  }
  return tr.steps.length > 0 ? tr : null;
}

export const Link = Mark.create({
  name: 'link',
  priority: 1000,
  // Typing after a link does not lengthen it, and a new paragraph does not carry it on.
  inclusive: false,
  keepOnSplit: false,
  exitable: true,

  addAttributes() {
    return {
      href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('href') },
      target: { default: '_blank' },
      rel: { default: 'noopener noreferrer nofollow' },
      class: { default: null },
      title: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (element: HTMLElement) => (isAllowedHref(element.getAttribute('href') ?? '') ? null : false),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    const href = typeof HTMLAttributes.href === 'string' && isAllowedHref(HTMLAttributes.href) ? HTMLAttributes.href : '';
    return ['a', mergeAttributes(HTMLAttributes, { href }), 0];
  },

  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey('autolink'),
        appendTransaction: (transactions, oldState, state) => autolink(type, transactions, oldState, state),
        props: {
          // An address pasted over selected words links them, as they are.
          handlePaste(view, event) {
            const { empty, from, to } = view.state.selection;
            const pasted = event.clipboardData?.getData('text/plain').trim() ?? '';
            const link = empty || /\s/.test(pasted) ? null : addressIn(pasted);
            if (!link || link.from !== 0 || link.to !== pasted.length) return false;
            view.dispatch(view.state.tr.addMark(from, to, type.create({ href: link.href })));
            return true;
          },
          // Ctrl or ⌘ and a click opens a link from the text being written (a click alone places the caret).
          handleClick(view, _pos, event) {
            if (event.button !== 0 || !(event.ctrlKey || event.metaKey) || !view.editable) return false;
            const anchor = (event.target as HTMLElement | null)?.closest('a');
            const href = anchor && view.dom.contains(anchor) ? anchor.getAttribute('href') : null;
            if (!href || !isAllowedHref(href)) return false;
            window.open(href, '_blank', 'noopener,noreferrer');
            return true;
          },
        },
      }),
    ];
  },
});
