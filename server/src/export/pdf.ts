import PDFDocument from 'pdfkit';
import { labels, markedText, noteLines, readableDate, type ExportModel } from './model.js';

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
  for (const clause of model.clauses) {
    if (clause.block === 'heading') {
      pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(clause.level === 1 ? 17 : 14).fillColor('#000');
      write(markedText(clause));
    } else {
      const bullet = (i: number) => (clause.block === 'bulletList' ? '•  ' : clause.block === 'orderedList' ? `${i + 1}.  ` : '');
      pdf.font('Times-Roman').fontSize(12).fillColor('#000');
      markedText(clause).split('\n').forEach((line, i) => write(bullet(i) + line, bullet(i) || clause.block === 'blockquote' ? 12 : 0));
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
