/** A file that cannot be made into clauses, with what to tell the person. */
export class UnreadableFile extends Error {
  constructor(
    readonly code: 'not_text' | 'unreadable_docx' | 'protected_docx' | 'empty' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}
