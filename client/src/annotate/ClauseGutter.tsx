import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { CLAUSE_ID_ATTR, type Clause, type Need, type Principle } from '@charter/shared';
import { amendmentCount, commentCount, needLabel, principleLabel } from './labels';
import { STANCE_ICONS, stanceList, type StanceCounts } from './stances';
import { formatNumber } from '../format';
import { useTranslation } from 'react-i18next';

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
  /** Top of the clause's block, in pixels from the top of the gutter. */
  top: number;
}

/** Room between two buttons pushed apart because their clauses are short. */
const GAP_PX = 4;

function sameRows(a: Row[], b: Row[]): boolean {
  return a.length === b.length && a.every((row, i) => row.id === b[i].id && Math.abs(row.top - b[i].top) < 1);
}

/**
 * Beside each clause, a button with its principles, needs and comment count,
 * which opens the notes panel. Positions are read from the editor's own DOM
 * (each top-level block carries `data-clause-id`), again after every change to
 * the text and every resize, so the gutter follows however the text reflows.
 * The column is one Tab stop; the arrow keys (and Home, End) walk the clauses
 * in order, Escape goes back to the text at that clause.
 */
export function ClauseGutter({ editor, clauses, principles, needs, stances, selected, openAmendments, writable, onSelect }: Props) {
  const gutter = useRef<HTMLOListElement>(null);
  const [rows, setRows] = useState<Row[]>([]);

  useEffect(() => {
    const dom = editor.view.dom;
    const measure = () => {
      const base = gutter.current?.getBoundingClientRect().top;
      if (base === undefined) return;
      const next: Row[] = [];
      for (const block of Array.from(dom.children)) {
        const id = block.getAttribute('data-clause-id');
        if (id) next.push({ id, top: block.getBoundingClientRect().top - base });
      }
      setRows((previous) => (sameRows(previous, next) ? previous : next));
    };
    measure();
    editor.on('update', measure);
    const resize = new ResizeObserver(measure);
    resize.observe(dom);
    return () => {
      editor.off('update', measure);
      resize.disconnect();
    };
  }, [editor]);

  // A button can be taller than its clause (a short line with many links): push
  // the next one down rather than overlap it, and grow the gutter to fit.
  useLayoutEffect(() => {
    const list = gutter.current;
    if (!list) return;
    let floor = 0;
    Array.from(list.children).forEach((item, index) => {
      const element = item as HTMLElement;
      const top = Math.max(rows[index]?.top ?? 0, floor);
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
        const empty = principleNames.length + needNames.length + comments + amending === 0;
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
              aria-expanded={open}
              aria-controls={open ? 'notes-panel' : undefined}
              tabIndex={row.id === tabStop ? 0 : -1}
              onFocus={() => setCurrent(row.id)}
              onClick={() => onSelect(row.id)}
            >
              {/* One sentence for screen readers; the chips below are for the eye. */}
              <span className="visually-hidden">
                {t('gutter.clause', { n: index + 1 })}: {empty ? (writable ? t('gutter.add') : t('gutter.none')) : parts.join('; ')}
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
                {amending > 0 && <span className="amendment-badge">{amendmentCount(amending)}</span>}
                {empty && <span className="muted clause-empty">{writable ? t('gutter.add') : t('gutter.none')}</span>}
                {/* On a narrow screen the chips give way to one number: how many notes. */}
                {!empty && <span className="clause-total">{principleNames.length + needNames.length + comments}</span>}
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
