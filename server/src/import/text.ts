import type { DocNode } from './blocks.js';
import { UnreadableFile } from './unreadable.js';

/** Control characters no text file holds (tab, line and page breaks allowed): the sign of a binary file. */
const BINARY = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** A text file's characters: UTF-8 unless a byte-order mark or the charset says otherwise; binary refused. */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  let encoding = charset?.toLowerCase() ?? 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  let text: string;
  try {
    // The decoder drops a byte-order mark itself.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFile('not_text', `This file is not text in ${encoding === 'utf-8' ? 'UTF-8' : encoding}: is it the right type of file?`);
  }
  if (BINARY.test(text)) throw new UnreadableFile('not_text', 'This file holds binary data, not text: is it the right type of file?');
  return text;
}

/**
 * Plain text to paragraphs. Where blank lines part the paragraphs, each is one and
 * its single line breaks are kept; a file with no blank line has a paragraph a line.
 */
export function textToBlocks(text: string): DocNode[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const parted = /\n[ \t]*\n/.test(normal);
  const pieces = parted ? normal.split(/\n[ \t]*\n/) : normal.split('\n');
  return pieces
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => ({
      type: 'paragraph',
      content: piece
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .flatMap((line, i): DocNode[] => (i === 0 ? [{ type: 'text', text: line }] : [{ type: 'hardBreak' }, { type: 'text', text: line }]))
        .filter((node) => node.type !== 'text' || node.text !== ''),
    }));
}
