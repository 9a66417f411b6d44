import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create as openFont, type Font } from 'fontkit';

/**
 * The fonts a PDF can set text in. `standard` is pdfkit's built-in Times and
 * Helvetica (nothing embedded, WinAnsi only: the Latin of en/es/fr); every other
 * key is a Noto font shipped by an npm package and embedded, subset, only when
 * some text needs it.
 */
export type FontKey = 'standard' | 'latin' | 'arabic' | 'hebrew' | 'sc' | 'jp' | 'kr';

/** How a piece of text is set: the face picks Times or Helvetica among the standard fonts. */
export type Face = 'serif' | 'sans' | 'sansBold';

const STANDARD: Record<Face, string> = { serif: 'Times-Roman', sans: 'Helvetica', sansBold: 'Helvetica-Bold' };

/** Package and file of each embedded font, regular and bold (Noto has no serif for every script: one sans serves). */
const FILES: Record<Exclude<FontKey, 'standard'>, { pkg: string; regular: string; bold: string }> = {
  latin: { pkg: '@embedpdf/fonts-latin', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  arabic: { pkg: '@embedpdf/fonts-arabic', regular: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf' },
  hebrew: { pkg: '@embedpdf/fonts-hebrew', regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf' },
  sc: { pkg: '@embedpdf/fonts-sc', regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' },
  jp: { pkg: '@embedpdf/fonts-jp', regular: 'NotoSansJP-Regular.otf', bold: 'NotoSansJP-Bold.otf' },
  kr: { pkg: '@embedpdf/fonts-kr', regular: 'NotoSansKR-Regular.otf', bold: 'NotoSansKR-Bold.otf' },
};

// Resolved from this file at run time: from `server/dist` once built, like pdfkit itself (build.mjs keeps both external).
const require = createRequire(import.meta.url);

/**
 * Font files read once per thread and kept while it lives (the export thread stops when idle),
 * so a second export does not read 8 MB again; a script nobody wrote in is never read.
 */
const loaded = new Map<string, { bytes: Buffer; font: Font }>();

function load(key: Exclude<FontKey, 'standard'>, bold: boolean): { bytes: Buffer; font: Font } {
  const { pkg, regular, bold: boldFile } = FILES[key];
  const file = bold ? boldFile : regular;
  let entry = loaded.get(file);
  if (!entry) {
    // The package's entry is dist/index.*; its fonts sit beside dist/.
    const bytes = readFileSync(join(dirname(require.resolve(pkg)), '..', 'fonts', file));
    entry = { bytes, font: openFont(bytes) };
    loaded.set(file, entry);
  }
  return entry;
}

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Whether pdfkit's standard fonts can set this character (their WinAnsi encoding). */
export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || WIN_ANSI_EXTRA.has(char);
}

/** Whether a font has a glyph for the character. */
export function covers(key: FontKey, char: string): boolean {
  if (key === 'standard') return isWinAnsi(char);
  return load(key, false).font.hasGlyphForCodePoint(char.codePointAt(0)!);
}

/** The font pdfkit's `font()` takes for this key and face, registered in the document at its first use. */
export function fontName(pdf: PDFKit.PDFDocument, registered: Set<string>, key: FontKey, face: Face): string {
  if (key === 'standard') return STANDARD[face];
  const bold = face === 'sansBold';
  const name = `${key}-${bold ? 'bold' : 'regular'}`;
  if (!registered.has(name)) {
    pdf.registerFont(name, load(key, bold).bytes);
    registered.add(name);
  }
  return name;
}
