import { WorkerThread } from '../workerThread.js';
import { renderHtml } from './html.js';
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

/** Renders a draft's export model in each format; `close` stops its thread. */
export interface ExportRenderer {
  render(model: ExportModel, format: ExportFormat): Promise<{ body: string | Uint8Array<ArrayBuffer>; contentType: string }>;
  close(): Promise<void>;
}

/**
 * DOCX and PDF render on a thread of their own (render.worker.ts), started at
 * the first such export and stopped after a minute without one: with its two
 * libraries loaded it holds about 50 MB. The server makes one and closes it
 * when it stops.
 */
export function createExportRenderer(): ExportRenderer {
  const documents = new WorkerThread(new URL('./render.worker.js', import.meta.url), { idleMs: 60_000 });
  return {
    async render(model, format) {
      const contentType = TYPES[format];
      switch (format) {
        case 'md':
          // The Markdown serializer loads at the first such export, not at start.
          return { body: (await import('./markdown.js')).renderMarkdown(model), contentType };
        case 'html':
          return { body: renderHtml(model), contentType };
        case 'json':
          return { body: JSON.stringify(model, null, 2), contentType };
        case 'docx':
        case 'pdf':
          return { body: await documents.request<Uint8Array<ArrayBuffer>>('render', [format, model]), contentType };
      }
    },
    close: () => documents.terminate(),
  };
}
