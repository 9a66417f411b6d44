import mammoth from 'mammoth';
import { marked } from 'marked';
import type { DocNode } from './blocks.js';
import { htmlToBlocks } from './html.js';
import { UnreadableFile } from './unreadable.js';
import { decodeText, textToBlocks } from './text.js';
import type { ImportFormat } from './formats.js';

export { UnreadableFile };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: how Word stores a password-protected .docx (and the old .doc). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Word styles beyond mammoth's own map: a document's title and subtitle are its first headings. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * The blocks of an imported file, each a clause to be: Word through mammoth,
 * Markdown through marked, both then read as HTML like an HTML file; plain text by
 * its paragraphs. Throws UnreadableFile for what cannot be read or holds no text.
 */
export async function readImport(format: ImportFormat, bytes: Uint8Array, charset?: string): Promise<DocNode[]> {
  const blocks = format === 'docx' ? await readDocx(bytes) : readText(format, decodeText(bytes, charset));
  if (!blocks.length) throw new UnreadableFile('empty', 'The file has no text to make clauses of.');
  return blocks;
}

function readText(format: Exclude<ImportFormat, 'docx'>, text: string): DocNode[] {
  if (format === 'text') return textToBlocks(text);
  return htmlToBlocks(format === 'markdown' ? marked.parse(text, { async: false, gfm: true }) : text);
}

async function readDocx(bytes: Uint8Array): Promise<DocNode[]> {
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new UnreadableFile('protected_docx', 'This Word file is password-protected or in the old .doc format: save it as a .docx without a password, then import it.');
  }
  if (!startsWith(bytes, ZIP)) throw new UnreadableFile('unreadable_docx', 'This is not a Word (.docx) file, or it is damaged.');
  let html: string;
  try {
    // Images are left out: the draft is text, and their data would only be read to be dropped.
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: STYLE_MAP, convertImage }));
  } catch {
    throw new UnreadableFile('unreadable_docx', 'This Word file could not be read: it may be damaged. Open it in Word or LibreOffice and save it again.');
  }
  return htmlToBlocks(html);
}
