import { amendmentLines, amendmentWords } from './amendments.js';
import { participationSummary } from './participation.js';
import { labels, markedText, originalOf, readableDate, subtitle, type ExportClause, type ExportModel } from './model.js';
import type { Language } from '@charter/shared';

const STYLE = `body{font:16px/1.6 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
header p{color:#555}.clause{margin:1.5rem 0}.notes{font:14px/1.5 system-ui,sans-serif;border-left:3px solid #7a5;
padding:.25rem .75rem;margin:.5rem 0 0;color:#333;background:#f6f8f4}.notes h3{font-size:13px;margin:.5rem 0 .25rem;
text-transform:uppercase;letter-spacing:.04em}.notes ul{margin:0;padding-left:1.2rem}.resolved{color:#666}
.side-by-side{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}.side-by-side>*{min-width:0}.columns h2{font-size:14px;margin:0}`;

/**
 * A standalone HTML page: the text, with each clause's notes in an aside beside it.
 * Every block takes its own direction (`dir="auto"`): an Arabic clause runs right to left.
 */
export function renderHtml(model: ExportModel): string {
  const { draft } = model;
  return `<!doctype html>
<html lang="${model.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(draft.title)}</title><style>${STYLE}</style></head>
<body>
<header><h1 dir="auto">${esc(draft.title)}</h1>
<p dir="auto">${esc(subtitle(model))}</p></header>
<main lang="${model.textLanguage}">
${model.sideBySide ? columnHeadings(model) : ''}${model.clauses.map((clause) => renderClause(clause, model)).join('\n')}
${model.participation ? participationHtml(model) : ''}</main>
</body>
</html>
`;
}

/** The participation summary at the end: counts by community, no names. */
function participationHtml(model: ExportModel): string {
  const { heading, lines } = participationSummary(model.participation!, model.lang);
  return `<section class="participation"><h2>${esc(heading)}</h2><ul>${lines.map((line) => `<li dir="auto">${esc(line)}</li>`).join('')}</ul></section>
`;
}

function renderClause(clause: ExportClause, model: ExportModel): string {
  const text = model.sideBySide
    ? `<div class="side-by-side"><div lang="${model.draft.language}">${blockHtml(originalOf(clause))}</div><div lang="${model.textLanguage}">${blockHtml(clause)}</div></div>`
    : blockHtml(clause);
  return `<section class="clause" id="clause-${esc(clause.id)}">
${text}
${notesHtml(clause, model.lang)}</section>`;
}

/** Over the two columns: which language each is in. */
function columnHeadings(model: ExportModel): string {
  const L = labels(model.lang);
  return `<div class="side-by-side columns"><h2>${L.languages[model.draft.language]}</h2><h2>${L.languages[model.textLanguage]}</h2></div>
`;
}

function blockHtml(clause: ExportClause): string {
  const { block, level } = clause;
  const lines = markedText(clause).split('\n').map(esc);
  switch (block) {
    case 'heading': {
      const tag = `h${Math.min((level ?? 1) + 1, 6)}`;
      return `<${tag} dir="auto">${lines.join(' ')}</${tag}>`;
    }
    case 'bulletList':
      return `<ul dir="auto">${lines.map((l) => `<li dir="auto">${l}</li>`).join('')}</ul>`;
    case 'orderedList':
      return `<ol dir="auto">${lines.map((l) => `<li dir="auto">${l}</li>`).join('')}</ol>`;
    case 'blockquote':
      return `<blockquote dir="auto">${lines.join('<br>')}</blockquote>`;
    default:
      return `<p dir="auto">${lines.join('<br>')}</p>`;
  }
}

function notesHtml(clause: ExportClause, lang: Language): string {
  const L = labels(lang);
  const date = (iso: string) => esc(readableDate(iso, lang));
  const parts: string[] = [];
  if (clause.principles.length) {
    parts.push(`<h3>${L.principles}</h3><ul>${clause.principles.map((p) => `<li dir="auto"><strong>${esc(p.title)}</strong>: ${esc(p.summary)}</li>`).join('')}</ul>`);
  }
  if (clause.needs.length) {
    parts.push(
      `<h3>${L.needs}</h3><ul>${clause.needs
        .map((n) => `<li dir="auto">“${esc(n.statement)}” — ${L.voicedBy} ${esc(n.communities.join(', '))} (${esc(n.source)})</li>`)
        .join('')}</ul>`,
    );
  }
  if (clause.comments.length) {
    parts.push(
      `<h3>${L.comments}</h3><ul>${clause.comments
        .map(
          (t) =>
            `<li dir="auto"${t.resolved ? ' class="resolved"' : ''}><strong>${esc(t.author)}</strong>, ${date(t.createdAt)}${t.stance ? ` [${esc(t.stance)}]` : ''}${t.resolved ? ` (${L.resolved})` : ''}: ${esc(t.text)}${
              t.replies.length
                ? `<ul>${t.replies
                    .map((r) => `<li dir="auto"><strong>${esc(r.author)}</strong>${r.official ? ` (${L.official})` : ''}, ${date(r.createdAt)}: ${esc(r.text)}</li>`)
                    .join('')}</ul>`
                : ''
            }</li>`,
        )
        .join('')}</ul>`,
    );
  }
  if (clause.amendments.length) {
    parts.push(
      `<h3>${amendmentWords(lang).heading}</h3><ul>${clause.amendments
        .map((a) => `<li>${amendmentLines(a, lang, (iso) => readableDate(iso, lang)).map(esc).join('<br>')}</li>`)
        .join('')}</ul>`,
    );
  }
  return parts.length ? `<aside class="notes">${parts.join('')}</aside>\n` : '';
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
