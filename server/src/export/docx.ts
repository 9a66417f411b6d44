import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
} from 'docx';
import { amendmentLines, amendmentWords } from './amendments.js';
import { isRightToLeft } from './direction.js';
import { participationSummary } from './participation.js';
import { labels, markedText, originalOf, readableDate, subtitle, type ExportClause, type ExportModel, type Labels } from './model.js';

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/**
 * Word: the text with each clause's principles, needs and amendments in a footnote, and its
 * comment threads as real Word comments (replies threaded, resolved kept).
 */
export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const L = labels(model.lang);
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const comments: ICommentOptions[] = [];
  const body: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      bidirectional: isRightToLeft(model.draft.title),
      children: [new TextRun({ text: model.draft.title, rightToLeft: isRightToLeft(model.draft.title) })],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: subtitle(model), italics: true }),
      ],
    }),
  ];

  /** A clause's paragraphs, its comments and footnote anchored on it (once: the translation's side, when side by side). */
  const paragraphsOf = (clause: ExportClause, withNotes: boolean): Paragraph[] => {
    const lines = markedText(clause).split('\n');
    const last = lines.length - 1;
    return lines.map((line, index) => {
      const runs: Array<TextRun | CommentRangeStart | CommentRangeEnd | FootnoteReferenceRun> = [];
      const ids = withNotes && index === 0 ? threadComments(clause, comments, L.official) : [];
      for (const id of ids) runs.push(new CommentRangeStart(id));
      const rtl = isRightToLeft(line);
      runs.push(new TextRun({ text: clause.block === 'orderedList' ? `${index + 1}. ${line}` : line, rightToLeft: rtl }));
      for (const id of ids) runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
      const note = withNotes && index === last ? footnoteFor(clause, L, model.lang) : null;
      if (note) {
        const key = Object.keys(footnotes).length + 1;
        footnotes[key] = { children: note };
        runs.push(new FootnoteReferenceRun(key));
      }
      // A right-to-left paragraph is set so in Word (bidi), not only its letters.
      return new Paragraph({ ...blockStyle(clause), bidirectional: rtl, children: runs });
    });
  };

  if (model.sideBySide) {
    // Two columns: the original and its translation, a row per clause under a row naming the languages.
    const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
    const heading = (lang: ExportModel['textLanguage']) => new Paragraph({ children: [new TextRun({ text: L.languages[lang], bold: true })] });
    const rows = [
      new TableRow({ tableHeader: true, children: [cell([heading(model.draft.language)]), cell([heading(model.textLanguage)])] }),
      ...model.clauses.map((clause) => new TableRow({ children: [cell(paragraphsOf(originalOf(clause), false)), cell(paragraphsOf(clause, true))] })),
    ];
    body.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  } else {
    for (const clause of model.clauses) body.push(...paragraphsOf(clause, true));
  }
  if (model.participation) {
    const { heading, lines } = participationSummary(model.participation, model.lang);
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] }));
    for (const line of lines) body.push(new Paragraph({ bullet: { level: 0 }, bidirectional: isRightToLeft(line), children: [new TextRun({ text: line, rightToLeft: isRightToLeft(line) })] }));
  }

  const document = new Document({
    title: model.draft.title,
    description: `${L.kind[model.draft.kind]} · ${model.initiative.name}`,
    footnotes,
    comments: { children: comments },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(document);
}

function blockStyle(clause: ExportClause) {
  if (clause.block === 'heading') return { heading: HEADINGS[Math.min((clause.level ?? 1) - 1, 4)] };
  if (clause.block === 'bulletList') return { bullet: { level: 0 } };
  if (clause.block === 'orderedList' || clause.block === 'blockquote') return { indent: { left: 720 } };
  return {};
}

/** Add the clause's threads (and their replies) to the comments; return the ids anchored on it. */
function threadComments(clause: ExportClause, comments: ICommentOptions[], official: string): number[] {
  const ids: number[] = [];
  for (const thread of clause.comments) {
    const parentId = comments.length;
    comments.push({
      id: parentId,
      author: thread.author,
      initials: initials(thread.author),
      date: new Date(thread.createdAt),
      resolved: thread.resolved,
      children: [new Paragraph(thread.stance ? `[${thread.stance}] ${thread.text}` : thread.text)],
    });
    ids.push(parentId);
    for (const reply of thread.replies) {
      const id = comments.length;
      const text = reply.official ? `(${official}) ${reply.text}` : reply.text;
      comments.push({ id, parentId, author: reply.author, initials: initials(reply.author), date: new Date(reply.createdAt), children: [new Paragraph(text)] });
      ids.push(id);
    }
  }
  return ids;
}

function footnoteFor(clause: ExportClause, L: Labels, lang: ExportModel['lang']): Paragraph[] | null {
  const paragraphs: Paragraph[] = [];
  if (clause.principles.length) {
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: `${L.principles}: `, bold: true }), new TextRun(clause.principles.map((p) => `${p.title} (${p.summary})`).join('; '))] }));
  }
  if (clause.needs.length) {
    paragraphs.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${L.needs}: `, bold: true }),
          new TextRun(clause.needs.map((n) => `“${n.statement}” — ${L.voicedBy} ${n.communities.join(', ')} (${n.source})`).join('; ')),
        ],
      }),
    );
  }
  if (clause.amendments.length) {
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: amendmentWords(lang).heading, bold: true })] }));
    for (const amendment of clause.amendments) {
      for (const line of amendmentLines(amendment, lang, (iso) => readableDate(iso, lang))) paragraphs.push(new Paragraph(line));
    }
  }
  return paragraphs.length ? paragraphs : null;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 3)
    .toUpperCase();
}
