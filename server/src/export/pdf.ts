import PDFDocument from 'pdfkit';
import { labels, markedText, noteLines, originalOf, readableDate, type ExportClause, type ExportModel } from './model.js';

const MARGIN = 64;

/**
 * PDF: a first page naming the initiative, the draft, its kind, status and date;
 * then the text, each clause followed by its notes in smaller grey type.
 * pdfkit paginates; its standard fonts cover the Latin alphabets of en/es/fr.
 */
export function renderPdf(model: ExportModel): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: model.draft.title, Subject: model.initiative.name }, bufferPages: true });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const L = labels(model.lang);
  // The title page.
  pdf.moveDown(8);
  pdf.font('Helvetica').fontSize(14).fillColor('#444').text(`${model.initiative.name} · ${model.initiative.place}`, { align: 'center' });
  pdf.moveDown();
  pdf.font('Helvetica-Bold').fontSize(26).fillColor('#000').text(model.draft.title, { align: 'center' });
  pdf.moveDown();
  pdf
    .font('Helvetica')
    .fontSize(13)
    .fillColor('#333')
    .text(`${L.kind[model.draft.kind]} · ${L.status[model.draft.status]}`, { align: 'center' })
    .text(`${L.exported} ${readableDate(model.exportedAt, model.lang)}`, { align: 'center' });

  pdf.addPage();
  const width = pdf.page.width - 2 * MARGIN;
  // Text at the margin, notes and list items set in by a step (a block indent, not a first-line one).
  const write = (text: string, inset = 0) => pdf.text(text, MARGIN + inset, pdf.y, { width: width - inset });
  /** A clause's text in a column starting at `x`, `columnWidth` wide, from the current line. */
  const writeBlock = (clause: ExportClause, x: number, columnWidth: number) => {
    const text = markedText(clause);
    if (clause.block === 'heading') {
      pdf.font('Helvetica-Bold').fontSize(clause.level === 1 ? 17 : 14).fillColor('#000');
      pdf.text(text, x, pdf.y, { width: columnWidth });
      return;
    }
    const bullet = (i: number) => (clause.block === 'bulletList' ? '•  ' : clause.block === 'orderedList' ? `${i + 1}.  ` : '');
    pdf.font('Times-Roman').fontSize(12).fillColor('#000');
    text.split('\n').forEach((line, i) => {
      const inset = bullet(i) || clause.block === 'blockquote' ? 12 : 0;
      pdf.text(bullet(i) + line, x + inset, pdf.y, { width: columnWidth - inset });
    });
  };
  const gap = 18;
  const half = (width - gap) / 2;
  if (model.sideBySide) {
    pdf.font('Helvetica-Bold').fontSize(10).fillColor('#4a6a2a');
    const top = pdf.y;
    pdf.text(L.languages[model.draft.language], MARGIN, top, { width: half });
    pdf.text(L.languages[model.textLanguage], MARGIN + half + gap, top, { width: half });
    pdf.moveDown(0.5);
  }
  for (const clause of model.clauses) {
    if (clause.block === 'heading') pdf.moveDown(0.5);
    if (model.sideBySide) {
      // Two columns from one line: a clause that would not fit on this page starts the next.
      const original = originalOf(clause);
      pdf.font('Times-Roman').fontSize(12);
      const height = Math.max(pdf.heightOfString(markedText(original), { width: half }), pdf.heightOfString(markedText(clause), { width: half }));
      const bottom = pdf.page.height - pdf.page.margins.bottom;
      if (pdf.y + height > bottom && height < bottom - MARGIN) pdf.addPage();
      const top = pdf.y;
      writeBlock(original, MARGIN, half);
      const left = pdf.y;
      pdf.y = top;
      writeBlock(clause, MARGIN + half + gap, half);
      pdf.y = Math.max(left, pdf.y);
    } else {
      writeBlock(clause, MARGIN, width);
    }
    for (const { label, lines } of noteLines(clause, model.lang)) {
      pdf.moveDown(0.2).font('Helvetica-Bold').fontSize(8.5).fillColor('#4a6a2a');
      write(label.toUpperCase(), 18);
      pdf.font('Helvetica').fontSize(9).fillColor('#444');
      for (const line of lines) write(line, 18);
    }
    pdf.moveDown(0.6);
  }

  // Page numbers, once the page count is known.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would start a new page: lift the margin for the footer.
    pdf.page.margins.bottom = 0;
    pdf.font('Helvetica').fontSize(8).fillColor('#777').text(`${model.draft.title} · ${i + 1} / ${range.count}`, MARGIN, pdf.page.height - MARGIN / 2, {
      align: 'center',
      width: pdf.page.width - 2 * MARGIN,
      lineBreak: false,
    });
  }
  pdf.end();
  return done;
}
