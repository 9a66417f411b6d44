import type { DraftKind } from '@charter/shared';
import { ApiFailure, api, errorMessage } from '../api';
import { i18n } from '../i18n';

/** The server takes files up to this size (draftImport.ts); larger ones are refused before sending. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TYPES: Record<string, string> = { docx: DOCX, md: 'text/markdown', markdown: 'text/markdown', html: 'text/html', htm: 'text/html', txt: 'text/plain' };
/** What the file picker offers. */
export const ACCEPTED = '.docx,.md,.markdown,.html,.htm,.txt';

/** A text to import: a file, or words pasted in. */
export interface ImportSource {
  name: string | null;
  type: string;
  body: Blob | string;
  size: number;
}

export interface ClausePreview {
  block: string;
  level?: number;
  text: string;
}

export interface ImportPreview {
  clauses: number;
  preview: ClausePreview[];
}

/** A file as the server should read it: its type from its name, where browsers disagree on Markdown's. */
export function sourceOfFile(file: File): ImportSource {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1].toLowerCase() ?? '';
  return { name: file.name, type: TYPES[extension] ?? (file.type || 'application/octet-stream'), body: file, size: file.size };
}

/** Pasted words: as HTML when the clipboard held formatted text (headings, bold and lists kept), else plain text. */
export function sourceOfText(text: string, html?: string): ImportSource {
  const body = html ?? text;
  return { name: null, type: html ? 'text/html' : 'text/plain', body, size: new Blob([body]).size };
}

function importPath(initiativeId: string, title: string, kind: DraftKind, preview: boolean): string {
  const query = new URLSearchParams({ title, kind, ...(preview ? { preview: '1' } : {}) });
  return `/api/initiatives/${encodeURIComponent(initiativeId)}/drafts/import?${query}`;
}

function send<T>(source: ImportSource, path: string, token: string, signal?: AbortSignal): Promise<T> {
  if (source.size > MAX_IMPORT_BYTES) return Promise.reject(new ApiFailure(413, 'too_large', ''));
  return api<T>(path, { method: 'POST', token, raw: { body: source.body, type: source.type }, signal });
}

/** The clauses the text would make, without making a draft. */
export function previewImport(initiativeId: string, token: string, source: ImportSource, signal: AbortSignal): Promise<ImportPreview> {
  // Title and kind are not used for a preview, but the request names them like any import.
  return send(source, importPath(initiativeId, 'Preview', 'resolution', true), token, signal);
}

/** Make the draft from the text. */
export function importDraft(initiativeId: string, token: string, source: ImportSource, title: string, kind: DraftKind): Promise<{ id: string; clauses: number }> {
  return send(source, importPath(initiativeId, title, kind, false), token);
}

const CODES = ['unsupported_type', 'not_text', 'unreadable_docx', 'protected_docx', 'empty', 'too_large', 'unreadable'] as const;

/** Why a text cannot be imported, in the person's language. */
export function importErrorMessage(error: unknown): string {
  const code = error instanceof ApiFailure ? CODES.find((known) => known === error.code) : undefined;
  return code ? i18n.t(`import.errors.${code}`) : errorMessage(error);
}
