import PDFDocument from 'pdfkit';
import { exportDay, labels, markedText, noteLines, originalOf, type ExportClause, type ExportModel } from './model.js';
import { participationSummary } from './participation.js';
import { textWriter } from './pdfText.js';

const MARGIN = 64;

/**
 * PDF: a first page naming the initiative, the draft, its kind, status and date;
 * then the text, each clause followed by its notes in smaller grey type. Text in
 * any script: pdfText.ts picks the fonts and lays out each line in its direction.
 */
export function renderPdf(model: ExportModel): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: model.draft.title, Subject: model.initiative.name }, bufferPages: true });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const writeText = textWriter(pdf);
  const width = pdf.page.width - 2 * MARGIN;
  const centred = (text: string, face: 'sans' | 'sansBold', size: number, color: string) =>
    writeText(text, { x: MARGIN, width, face, size, color, align: 'center' });

  const L = labels(model.lang);
  // The title page.
  pdf.font('Helvetica').fontSize(14).moveDown(8);
  centred(`${model.initiative.name} · ${model.initiative.place}`, 'sans', 14, '#444');
  pdf.moveDown();
  centred(model.draft.title, 'sansBold', 26, '#000');
  pdf.moveDown();
  centred(`${L.kind[model.draft.kind]} · ${L.status[model.draft.status]}`, 'sans', 13, '#333');
  centred(`${L.exported} ${exportDay(model)}`, 'sans', 13, '#333');

  pdf.addPage();
  // Text at the margin, notes and list items set in by a step (a block indent, not a first-line one).
  /** A clause's text in a column starting at `x`, `columnWidth` wide, from the current line. */
  const writeBlock = (clause: ExportClause, x: number, columnWidth: number) => {
    const text = markedText(clause);
    if (clause.block === 'heading') {
      writeText(text, { x, width: columnWidth, face: 'sansBold', size: clause.level === 1 ? 17 : 14, color: '#000' });
      return;
    }
    const bullet = (i: number) => (clause.block === 'bulletList' ? '•  ' : clause.block === 'orderedList' ? `${i + 1}.  ` : '');
    text.split('\n').forEach((line, i) => {
      const inset = bullet(i) || clause.block === 'blockquote' ? 12 : 0;
      writeText(bullet(i) + line, { x: x + inset, width: columnWidth - inset, face: 'serif', size: 12, color: '#000' });
    });
  };
  const gap = 18;
  const half = (width - gap) / 2;
  if (model.sideBySide) {
    const top = pdf.y;
    writeText(L.languages[model.draft.language], { x: MARGIN, width: half, face: 'sansBold', size: 10, color: '#4a6a2a' });
    pdf.y = top;
    writeText(L.languages[model.textLanguage], { x: MARGIN + half + gap, width: half, face: 'sansBold', size: 10, color: '#4a6a2a' });
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
      pdf.font('Helvetica').fontSize(8.5).moveDown(0.2);
      writeText(label.toUpperCase(), { x: MARGIN + 18, width: width - 18, face: 'sansBold', size: 8.5, color: '#4a6a2a' });
      for (const line of lines) writeText(line, { x: MARGIN + 18, width: width - 18, face: 'sans', size: 9, color: '#444' });
    }
    pdf.font('Times-Roman').fontSize(12).moveDown(0.6);
  }
  if (model.participation) {
    const { heading, lines } = participationSummary(model.participation, model.lang);
    pdf.moveDown(0.5);
    writeText(heading, { x: MARGIN, width, face: 'sansBold', size: 14, color: '#000' });
    for (const line of lines) writeText(`•  ${line}`, { x: MARGIN, width, face: 'sans', size: 10, color: '#333' });
  }

  // Page numbers, once the page count is known.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would start a new page: lift the margin for the footer.
    pdf.page.margins.bottom = 0;
    pdf.y = pdf.page.height - MARGIN / 2;
    writeText(`${model.draft.title} · ${i + 1} / ${range.count}`, { x: MARGIN, width, face: 'sans', size: 8, color: '#777', align: 'center', wrap: false });
  }
  pdf.end();
  return done;
}
