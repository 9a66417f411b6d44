/**
 * The file types a draft can be imported from, by the `Content-Type` they come
 * with. Apart from the readers, so the route can check a type without loading
 * them: they run on the import thread only.
 */
export const IMPORT_TYPES = {
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
  'text/html': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
} as const;
export type ImportFormat = (typeof IMPORT_TYPES)[keyof typeof IMPORT_TYPES];
