import { WorkerThread } from '../workerThread.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { ExportModel } from './model.js';

export { buildExportModel, type ExportModel } from './model.js';

export const EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

/**
 * DOCX and PDF render on a thread of their own (render.worker.ts), started at
 * the first such export and stopped after a minute without one: with its two
 * libraries loaded it holds about 50 MB.
 */
const documents = new WorkerThread(new URL('./render.worker.js', import.meta.url), { idleMs: 60_000 });

/** Render the draft in one format: the bytes and their media type. */
export async function renderExport(model: ExportModel, format: ExportFormat): Promise<{ body: string | Uint8Array<ArrayBuffer>; contentType: string }> {
  const contentType = TYPES[format];
  switch (format) {
    case 'md':
      return { body: renderMarkdown(model), contentType };
    case 'html':
      return { body: renderHtml(model), contentType };
    case 'json':
      return { body: JSON.stringify(model, null, 2), contentType };
    case 'docx':
    case 'pdf':
      return { body: await documents.request<Uint8Array<ArrayBuffer>>('render', [format, model]), contentType };
  }
}
