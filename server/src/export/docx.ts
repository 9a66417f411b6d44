import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
} from 'docx';
import { labels, markedText, subtitle, type ExportClause, type ExportModel, type Labels } from './model.js';

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/**
 * Word: the text with each clause's principles and needs in a footnote, and its
 * comment threads as real Word comments (replies threaded, resolved kept).
 */
export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const L = labels(model.lang);
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const comments: ICommentOptions[] = [];
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.draft.title)] }),
    new Paragraph({
      children: [
        new TextRun({ text: subtitle(model), italics: true }),
      ],
    }),
  ];

  for (const clause of model.clauses) {
    const lines = markedText(clause).split('\n');
    const last = lines.length - 1;
    lines.forEach((line, index) => {
      const runs: Array<TextRun | CommentRangeStart | CommentRangeEnd | FootnoteReferenceRun> = [];
      const ids = index === 0 ? threadComments(clause, comments, L.official) : [];
      for (const id of ids) runs.push(new CommentRangeStart(id));
      runs.push(new TextRun(clause.block === 'orderedList' ? `${index + 1}. ${line}` : line));
      for (const id of ids) runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
      if (index === last) {
        const note = footnoteFor(clause, L);
        if (note) {
          const key = Object.keys(footnotes).length + 1;
          footnotes[key] = { children: note };
          runs.push(new FootnoteReferenceRun(key));
        }
      }
      body.push(new Paragraph({ ...blockStyle(clause), children: runs }));
    });
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

function footnoteFor(clause: ExportClause, L: Labels): Paragraph[] | null {
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
