import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { CLAUSE_ID_ATTR, type Clause, type Need, type Principle } from '@charter/shared';
import { amendmentCount, commentCount, needLabel, principleLabel } from './labels';
import { STANCE_ICONS, stanceList, type StanceCounts } from './stances';
import { formatNumber } from '../format';
import { useTranslation } from '../i18n';

interface Props {
  editor: Editor;
  clauses: Clause[];
  principles: Principle[] | null;
  needs: Need[] | null;
  /** How many comments take each stance, by clause. */
  stances: ReadonlyMap<string, StanceCounts>;
  selected: string | null;
  /** How many amendments stand open on each clause. */
  openAmendments: ReadonlyMap<string, number>;
  writable: boolean;
  onSelect(clauseId: string): void;
}

interface Row {
  id: string;
  /** The middle of the clause's first line, in pixels from the top of the gutter. */
  middle: number;
  /** A heading: a section's title, numbered like every clause, with a quieter button. */
  heading: boolean;
}

/** Room between two buttons pushed apart because their clauses are short. */
const GAP_PX = 4;

function sameRows(a: Row[], b: Row[]): boolean {
  return a.length === b.length && a.every((row, i) => row.id === b[i].id && row.heading === b[i].heading && Math.abs(row.middle - b[i].middle) < 0.5);
}

/**
 * The first line of a block as drawn: the box of its first character (a
 * label drawn before the text, such as "Now discussing", pushes it down),
 * or, for an empty block, one line below its top.
 */
function firstLine(block: Element): { top: number; bottom: number } {
  const texts = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    // Other people's carets carry their name as text: not the clause's.
    acceptNode: (node) =>
      node.textContent && !node.parentElement?.closest('.collaboration-carets__caret') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
  });
  const text = texts.nextNode();
  if (text) {
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const box = range.getClientRects()[0];
    if (box) return box;
  }
  const box = block.getBoundingClientRect();
  const style = getComputedStyle(block);
  const top = box.top + parseFloat(style.paddingTop || '0');
  return { top, bottom: top + (parseFloat(style.lineHeight) || 24) };
}

/**
 * Read where each clause's first line is, relative to the gutter, again
 * whenever the text may have moved: an edit (typed, pasted, or another
 * person's), a block growing or shrinking (a resize reflows the text, a
 * label appears), a font arriving. Reads are batched to one per frame.
 */
function useClauseRows(editor: Editor, gutter: RefObject<HTMLOListElement | null>): Row[] {
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    const dom = editor.view.dom;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const base = gutter.current?.getBoundingClientRect().top;
      if (base === undefined) return;
      const next: Row[] = [];
      for (const block of Array.from(dom.children)) {
        const id = block.getAttribute('data-clause-id');
        if (!id) continue;
        const line = firstLine(block);
        next.push({ id, middle: (line.top + line.bottom) / 2 - base, heading: /^H[1-6]$/.test(block.tagName) });
      }
      setRows((previous) => (sameRows(previous, next) ? previous : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const resize = new ResizeObserver(schedule);
    const watchBlocks = () => {
      resize.disconnect();
      resize.observe(dom);
      for (const block of Array.from(dom.children)) resize.observe(block);
      schedule();
    };
    // Blocks come and go with edits: watch the ones there are now.
    const blocks = new MutationObserver(watchBlocks);
    blocks.observe(dom, { childList: true });
    watchBlocks();
    measure();
    editor.on('update', schedule);
    document.fonts?.addEventListener('loadingdone', schedule);
    return () => {
      cancelAnimationFrame(frame);
      editor.off('update', schedule);
      document.fonts?.removeEventListener('loadingdone', schedule);
      blocks.disconnect();
      resize.disconnect();
    };
  }, [editor, gutter]);
  return rows;
}

/**
 * Beside each clause, at the height of its first line, a button with its
 * principles, needs, comment count and stances, which opens the notes panel.
 * Positions are read from the editor's own DOM (each top-level block carries
 * `data-clause-id`) and follow the text however it reflows.
 * The column is one Tab stop; the arrow keys (and Home, End) walk the clauses
 * in order, Escape goes back to the text at that clause.
 */
export function ClauseGutter({ editor, clauses, principles, needs, stances, selected, openAmendments, writable, onSelect }: Props) {
  const gutter = useRef<HTMLOListElement>(null);
  const rows = useClauseRows(editor, gutter);

  // Each button's middle on its clause's first line. A button can be taller
  // than its clause (a short line with many links): push the next one down
  // rather than overlap it, and grow the gutter to fit.
  useLayoutEffect(() => {
    const list = gutter.current;
    if (!list) return;
    let floor = 0;
    Array.from(list.children).forEach((item, index) => {
      const element = item as HTMLElement;
      const top = Math.max((rows[index]?.middle ?? 0) - element.offsetHeight / 2, floor);
      element.style.top = `${top}px`;
      floor = top + element.offsetHeight + GAP_PX;
    });
    list.style.minHeight = `${floor}px`;
  });

  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  const { t } = useTranslation();

  // One Tab stop for the whole column (roving tabindex): the clause last
  // focused, else the open one, else the first; the arrow keys move between them.
  const [current, setCurrent] = useState<string | null>(null);
  const has = (id: string | null) => id !== null && rows.some((row) => row.id === id);
  const tabStop = has(current) ? current : has(selected) ? selected : (rows[0]?.id ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const buttons = Array.from(gutter.current?.querySelectorAll<HTMLButtonElement>('.clause-button') ?? []);
    const from = buttons.indexOf(event.target as HTMLButtonElement);
    if (from < 0) return;
    if (event.key === 'Escape') {
      // Back to the text, at the start of this clause.
      event.preventDefault();
      focusClause(editor, buttons[from].dataset.clauseId ?? '');
      return;
    }
    const to = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined || to < 0 || to >= buttons.length) return;
    event.preventDefault();
    buttons[to].focus();
  };

  return (
    <ol className="clause-gutter" ref={gutter} aria-label={t('gutter.label')} onKeyDown={onKeyDown}>
      {rows.map((row, index) => {
        const clause = byId.get(row.id);
        const principleNames = (clause?.principles ?? []).map((id) => principleLabel(id, principles));
        const needNames = (clause?.needs ?? []).map((id) => needLabel(id, needs));
        const comments = clause?.comments ?? 0;
        const amending = openAmendments.get(row.id) ?? 0;
        const notes = principleNames.length + needNames.length + comments;
        const empty = notes + amending === 0;
        const stanceParts = stanceList(stances.get(row.id)).map(({ stance, n }) => t(`stances.count.${stance}`, { n: formatNumber(n) }));
        const parts = [
          ...principleNames,
          ...needNames,
          ...(comments ? [commentCount(comments)] : []),
          ...stanceParts,
          ...(amending ? [amendmentCount(amending)] : []),
        ];
        const open = selected === row.id;
        return (
          <li key={row.id}>
            <button
              type="button"
              className="clause-button"
              data-clause-id={row.id}
              data-heading={row.heading || undefined}
              data-empty={empty || undefined}
              aria-expanded={open}
              aria-controls={open ? 'notes-panel' : undefined}
              tabIndex={row.id === tabStop ? 0 : -1}
              onFocus={() => setCurrent(row.id)}
              onClick={() => onSelect(row.id)}
            >
              {/* One sentence for screen readers; the chips below are for the eye. */}
              <span className="visually-hidden">
                {t(row.heading ? 'gutter.heading' : 'gutter.clause', { n: index + 1 })}: {empty ? (writable ? t('gutter.add') : t('gutter.none')) : parts.join('; ')}
              </span>
              <span className="clause-button-visual" aria-hidden="true">
                <span className="clause-number">{index + 1}</span>
                {principleNames.map((name, i) => (
                  <span key={`p${i}`} className="chip chip-principle" title={name}>
                    {name}
                  </span>
                ))}
                {needNames.map((name, i) => (
                  <span key={`n${i}`} className="chip chip-need" title={name}>
                    {name}
                  </span>
                ))}
                {comments > 0 && <span className="comment-count">{commentCount(comments)}</span>}
                {stanceList(stances.get(row.id)).map(({ stance, n }) => (
                  <span key={stance} className="chip chip-stance" data-stance={stance} title={t(`stances.count.${stance}`, { n: formatNumber(n) })}>
                    {STANCE_ICONS[stance]} {formatNumber(n)}
                  </span>
                ))}
                {/* On a narrow screen the badge gives way to its number, in the badge's colours. */}
                {amending > 0 && (
                  <span className="amendment-badge">
                    <span className="amendment-badge-words">{amendmentCount(amending)}</span>
                    <span className="amendment-badge-number">{formatNumber(amending)}</span>
                  </span>
                )}
                {/* A heading with no notes shows its number only: quieter than the clauses under it. */}
                {empty && !row.heading && <span className="muted clause-empty">{writable ? t('gutter.add') : t('gutter.none')}</span>}
                {/* On a narrow screen the chips give way to one number: how many notes. */}
                {notes > 0 && <span className="clause-total">{formatNumber(notes)}</span>}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** Put the caret at the start of clause `clauseId`, and focus the text. */
function focusClause(editor: Editor, clauseId: string): void {
  let target: number | null = null;
  editor.state.doc.forEach((block, offset) => {
    if (target === null && block.attrs[CLAUSE_ID_ATTR] === clauseId) target = offset + 1;
  });
  if (target === null) editor.commands.focus();
  else editor.chain().focus().setTextSelection(target).scrollIntoView().run();
}
