import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { canManage } from '@charter/shared';
import { IMPORT_TYPES } from '../import/index.js';
import { importDraft } from '../initiatives/commands.js';
import { allow } from './access.js';
import { assertInitiative } from './auth.js';
import type { Env, Services } from './context.js';
import { AppError, errorBody } from './errors.js';
import { ImportQuery } from './queries.js';
import { readQuery } from './validate.js';

/** An imported file may be up to this large: its own limit, not the API's for JSON bodies. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const IMPORT_PATH = /^\/api\/initiatives\/[^/]+\/drafts\/import\/?$/;

/** Whether a request is a file import, which the API's JSON body limit leaves to this route. */
export function isDraftImport(method: string, path: string): boolean {
  return method === 'POST' && IMPORT_PATH.test(path);
}

/**
 * `POST /api/initiatives/:id/drafts/import?title=…&kind=…[&preview=1]`, the file as the
 * body: a new draft whose clauses are the file's headings, paragraphs and lists. The
 * file is read whole before the draft is made, so a file that fails makes no draft.
 */
export function draftImportRoutes(services: Services) {
  const routes = new Hono<Env>();

  routes.post(
    '/',
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: (c) => {
        c.header('Connection', 'close');
        return c.json(errorBody('too_large', `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`), 413);
      },
    }),
    async (c) => {
      const initiativeId = c.req.param('id')!;
      const [type, ...params] = (c.req.header('Content-Type') ?? '').split(';').map((part) => part.trim());
      const format = IMPORT_TYPES[type.toLowerCase() as keyof typeof IMPORT_TYPES];
      const credentials = c.get('credentials');
      assertInitiative(credentials, initiativeId);
      allow(canManage(credentials.role), 'Only a facilitator can start a draft.');
      if (!format) {
        throw new AppError(415, 'unsupported_type', 'Import a Word (.docx), Markdown (.md), HTML (.html) or plain text (.txt) file, sent with its type as Content-Type.');
      }
      const query = readQuery(c, ImportQuery);

      const charset = params.find((param) => /^charset=/i.test(param))?.slice('charset='.length).replace(/"/g, '');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const read = await services.imports.read({ format, bytes, charset, preview: query.preview !== undefined });
      if ('unreadable' in read) throw new AppError(400, read.unreadable.code, read.unreadable.message);
      if ('preview' in read) return c.json(read);

      const id = await importDraft(services, initiativeId, query, read.update);
      return c.json({ id, clauses: read.clauses }, 201);
    },
  );
  return routes;
}
