import type { BlockContent, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { noteLines, originalOf, subtitle, type ExportModel } from './model.js';
import { participationSummary } from './participation.js';

/**
 * Markdown: the text as written, each clause followed by its notes as a quote.
 * Built as a Markdown tree and written by a serializer that escapes, so what
 * anyone typed stays text (GitHub-flavoured Markdown's bare links included).
 */
export function renderMarkdown(model: ExportModel): string {
  const tree: RootContent[] = [heading(1, oneLine(model.draft.title)), paragraph(oneLine(subtitle(model)))];
  for (const clause of model.clauses) {
    // Side by side in a text file: the original first, then its translation.
    if (model.sideBySide) tree.push(...block(clause.block, originalOf(clause).text, clause.level));
    // The mark of a missing or outdated translation is ours, not typed: written as it is,
    // emphasised, on the line before the clause's text.
    const mark = clause.translation?.mark;
    const [first, ...others] = block(clause.block, clause.text, clause.level);
    if (mark && first.type === 'paragraph') {
      tree.push({ ...first, children: [{ type: 'html', value: `_${mark}_` }, text('\n'), ...first.children] }, ...others);
    } else {
      if (mark) tree.push({ type: 'paragraph', children: [{ type: 'html', value: `_${mark}_` }] });
      tree.push(first, ...others);
    }
    for (const { label, lines } of noteLines(clause, model.lang)) {
      // A note of several lines stays inside its quote and its list item.
      tree.push({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [text(label)] }] }, list(lines)] });
    }
  }
  if (model.participation) {
    const { heading: title, lines } = participationSummary(model.participation, model.lang);
    tree.push(heading(2, title), list(lines));
  }
  const root: Root = { type: 'root', children: tree };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-' });
}

/** A clause as the block it is in the editor; a list's or a quote's lines one item or line each. */
function block(kind: string, value: string, level?: number): BlockContent[] {
  const lines = value.split('\n');
  switch (kind) {
    case 'heading':
      return [heading(Math.min((level ?? 1) + 1, 6), lines.join(' '))];
    case 'bulletList':
      return [list(lines)];
    case 'orderedList':
      return [{ ...list(lines), ordered: true, start: 1 }];
    case 'blockquote':
      return [{ type: 'blockquote', children: [paragraph(lines.join('\n'))] }];
    default:
      return [{ type: 'paragraph', children: lines.flatMap((line, i): PhrasingContent[] => (i === 0 ? [text(line)] : [{ type: 'break' }, text(line)])) }];
  }
}

function heading(depth: number, value: string): BlockContent {
  return { type: 'heading', depth: depth as 1 | 2 | 3 | 4 | 5 | 6, children: [text(value)] };
}

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [text(value)] };
}

function list(lines: string[]): List {
  return { type: 'list', ordered: false, spread: false, children: lines.map((line) => ({ type: 'listItem', spread: false, children: [paragraph(line)] })) };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function oneLine(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ');
}
