import { noteLines, originalOf, subtitle, type ExportModel } from './model.js';
import { participationSummary } from './participation.js';

/** Markdown: the text as written, each clause followed by its notes as a quote. */
export function renderMarkdown(model: ExportModel): string {
  const out: string[] = [`# ${escape(model.draft.title.replace(/\s*\n\s*/g, ' '))}`, '', escape(subtitle(model).replace(/\s*\n\s*/g, ' ')), ''];
  for (const clause of model.clauses) {
    // The mark of a missing or outdated translation is ours, not typed: kept as written, on a line of its own.
    const mark = clause.translation?.mark;
    // Side by side in a text file: the original first, then its translation.
    if (model.sideBySide) out.push(blockMarkdown(clause.block, originalOf(clause).text, clause.level), '');
    if (mark) out.push(`_${mark}_`);
    out.push(blockMarkdown(clause.block, clause.text, clause.level), '');
    for (const { label, lines } of noteLines(clause, model.lang)) {
      out.push(`> **${label}**`, '>');
      // A note of several lines stays inside its quote and its list item.
      for (const line of lines) out.push(...line.split('\n').map((part, i) => (i === 0 ? `> - ${escape(part)}` : `>   ${escape(part)}`)));
      out.push('');
    }
  }
  if (model.participation) {
    const { heading, lines } = participationSummary(model.participation, model.lang);
    out.push(`## ${heading}`, '', ...lines.map((line) => `- ${escape(line)}`), '');
  }
  return out.join('\n');
}

function blockMarkdown(block: string, text: string, level?: number): string {
  const lines = text.split('\n').map(escape);
  switch (block) {
    case 'heading':
      return `${'#'.repeat(Math.min((level ?? 1) + 1, 6))} ${lines.join(' ')}`;
    case 'bulletList':
      return lines.map((line) => `- ${line}`).join('\n');
    case 'orderedList':
      return lines.map((line, i) => `${i + 1}. ${line}`).join('\n');
    case 'blockquote':
      return lines.map((line) => `> ${line}`).join('\n');
    default:
      return lines.join('  \n');
  }
}

/**
 * One line of what someone typed, as text and never as markup: inline markers
 * anywhere; what opens a block (a list, a rule, a setext heading) at its start;
 * and a bare address, which GitHub-flavoured Markdown would make a link.
 */
function escape(line: string): string {
  return line
    .replace(/([\\`*_[\]<>#!|~&])/g, '\\$1')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/([a-z])(:\/\/)/gi, '$1\\:\\/\\/')
    .replace(/\bwww\./gi, 'www\\.')
    .replace(/@/g, '\\@');
}
