import bidiFactory from 'bidi-js';
import { fontName, type Face, type FontKey } from './pdfFonts.js';
import { fontKeys } from './pdfScript.js';

const bidi = bidiFactory();

export interface TextOptions {
  x: number;
  width: number;
  face: Face;
  size: number;
  color: string;
  /** `start` follows the paragraph's own direction: left for left-to-right text, right for right-to-left. */
  align?: 'start' | 'center';
  /** One line, cut at nothing (the page footer). */
  wrap?: boolean;
}

/** Ascent and descent of each font, in ems, rounded up so accents and Arabic marks keep clear of the next line. */
const EXTENT: Record<FontKey, [number, number]> = {
  standard: [0.75, 0.25],
  latin: [0.95, 0.3],
  arabic: [1.0, 0.5],
  hebrew: [0.9, 0.3],
  sc: [0.88, 0.2],
  jp: [0.88, 0.2],
  kr: [0.88, 0.2],
};
const LINE_GAP = 0.1;

/**
 * Features given make pdfkit shape a run whole: without them it shapes word by word,
 * and right-to-left words would come out in left-to-right order. Noto Sans keeps its
 * precomposed Vietnamese letters (no `ccmp`): split into a base and a mark, `ọ` would
 * read back as `o`.
 */
const textOptions = (key: FontKey): PDFKit.Mixins.TextOptions => ({
  lineBreak: false,
  baseline: 'alphabetic',
  features: key === 'latin' ? ({ ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[]) : [],
});

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** Any strong right-to-left character, or a control that sets a direction. */
const HAS_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Where a line may break besides after a space: around Chinese and Japanese characters, but not before their closing punctuation. */
const CJK_BREAKABLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CLOSING = /[、。，．）」』】〉》！？：；]/u;

interface Run {
  start: number;
  end: number;
  key: FontKey;
  level: number;
}

/**
 * Writes paragraphs the way a reader expects them in any script: each run of text in a
 * font that has its letters (pdfScript.ts), Arabic joined by the font's own shaping
 * (fontkit, inside pdfkit), and each line laid out right to left or left to right by
 * the Unicode bidirectional algorithm, the paragraph's direction taken from its first
 * strong letter as `dir="auto"` does in a browser. pdfkit wraps only left-to-right
 * text in one font, so lines are broken here and each run placed by hand.
 */
export function textWriter(pdf: PDFKit.PDFDocument) {
  const registered = new Set<string>();
  const turned = new Set<string>();
  const setFont = (key: FontKey, face: Face, size: number) => pdf.font(fontName(pdf, registered, key, face)).fontSize(size);
  // Widths of the words already measured in this document: shaping (Arabic above all) is the costly part.
  const widths = new Map<string, number>();
  const widthOf = (piece: string, key: FontKey, face: Face, size: number) => {
    const id = `${key}\u0000${face}\u0000${size}\u0000${piece}`;
    let width = widths.get(id);
    if (width === undefined) {
      width = setFont(key, face, size).widthOfString(piece, textOptions(key));
      widths.set(id, width);
    }
    return width;
  };

  return function write(text: string, options: TextOptions): void {
    const { face, size } = options;
    const keys = fontKeys(text);
    // Text with no right-to-left letter is left to right throughout: no need to run the algorithm.
    const { levels, paragraphs } = HAS_RTL.test(text) ? bidi.getEmbeddingLevels(text) : { levels: new Uint8Array(text.length), paragraphs: [] };
    const rtl = (paragraphs[0]?.level ?? 0) % 2 === 1;
    const runsOf = (start: number, end: number) => splitRuns(keys, levels, start, end);
    const measure = (start: number, end: number) => runsOf(start, end).reduce((sum, run) => sum + widthOf(text.slice(run.start, run.end), run.key, face, size), 0);

    const lines = options.wrap === false ? [[0, text.length] as const] : breakLines(text, options.width, measure);
    let y = pdf.y;
    for (const [start, lineEnd] of lines) {
      let end = lineEnd;
      while (end > start && /\s/.test(text[end - 1])) end--;
      const runs = visualOrder(runsOf(start, end));
      const used: FontKey[] = runs.length ? runs.map((run) => run.key) : ['standard'];
      const ascent = Math.max(...used.map((key) => EXTENT[key][0])) * size;
      const height = ascent + Math.max(...used.map((key) => EXTENT[key][1])) * size + LINE_GAP * size;
      if (options.wrap !== false && y + height > pdf.page.height - pdf.page.margins.bottom && y > pdf.page.margins.top) {
        pdf.addPage();
        y = pdf.page.margins.top;
      }
      const runWidths = runs.map((run) => widthOf(text.slice(run.start, run.end), run.key, face, size));
      const lineWidth = runWidths.reduce((a, b) => a + b, 0);
      let x = options.align === 'center' ? options.x + (options.width - lineWidth) / 2 : rtl ? options.x + options.width - lineWidth : options.x;
      runs.forEach((run, i) => {
        const own = text.slice(run.start, run.end);
        setFont(run.key, face, size).fillColor(options.color).text(visualText(own, run.level), x, y + ascent, textOptions(run.key));
        if (run.level % 2 === 1) readLigaturesBackwards(pdf, turned);
        x += runWidths[i];
      });
      y += height;
    }
    pdf.x = pdf.page.margins.left;
    pdf.y = y;
  };
}

/** What pdfkit keeps of an embedded font: the characters each glyph stands for, written into the PDF's ToUnicode map at the end. */
interface EmbeddedFontState {
  id: string;
  unicode?: number[][];
}

/**
 * A reader turns right-to-left text, drawn in page order, back into the order it was
 * written, characters and all: a ligature that stands for two letters (Arabic
 * lam-alef, `لا`) must therefore map to them in page order too, or they read back
 * swapped (`ال`...`إل` for `الإنسان`). Done once per glyph of the document's font.
 */
function readLigaturesBackwards(pdf: PDFKit.PDFDocument, turned: Set<string>): void {
  const font = (pdf as unknown as { _font: EmbeddedFontState })._font;
  font.unicode?.forEach((codePoints, gid) => {
    const key = `${font.id}:${gid}`;
    if (codePoints.length < 2 || turned.has(key)) return;
    font.unicode![gid] = [...codePoints].reverse();
    turned.add(key);
  });
}

/** Maximal runs of one font and one embedding level, in the text's own order. */
function splitRuns(keys: FontKey[], levels: Uint8Array, start: number, end: number): Run[] {
  const runs: Run[] = [];
  for (let i = start; i < end; i++) {
    const last = runs[runs.length - 1];
    if (last && last.key === keys[i] && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, key: keys[i], level: levels[i] });
  }
  return runs;
}

/** The runs of one line left to right on the page (rule L2: reverse every sequence at each level, from the highest down). */
function visualOrder(runs: Run[]): Run[] {
  const order = [...runs];
  const highest = Math.max(0, ...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => run.level).filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if (order[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && order[j].level >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

/**
 * A run as pdfkit should receive it. Arabic and Hebrew go in their own order: the
 * font's shaping joins the letters and lays them right to left. Anything else in a
 * right-to-left run (spaces, punctuation, brackets the Arabic font lacks) is
 * reversed and mirrored here.
 */
function visualText(text: string, level: number): string {
  if (level % 2 === 0 || RTL_SCRIPT.test(text)) return text;
  return [...text]
    .reverse()
    .map((char) => bidi.getMirroredCharacter(char) ?? char)
    .join('');
}

/**
 * Lines as [start, end) ranges: as many words as fit the width, a word wider than the
 * line cut between its letters. Each word is measured once, with and without the
 * spaces after it (a line's last word ends at its last letter).
 */
function breakLines(text: string, width: number, measure: (start: number, end: number) => number): Array<readonly [number, number]> {
  const breaks = [0];
  for (let i = 1; i < text.length; i++) {
    const afterSpace = /\s/.test(text[i - 1]) && !/\s/.test(text[i]);
    const aroundCjk = (CJK_BREAKABLE.test(text[i]) || CJK_BREAKABLE.test(text[i - 1])) && !CLOSING.test(text[i]) && !/\s/.test(text[i]);
    if (afterSpace || aroundCjk) breaks.push(i);
  }
  breaks.push(text.length);

  const lines: Array<readonly [number, number]> = [];
  let lineStart = 0;
  let lineEnd = 0;
  let lineWidth = 0;
  for (let b = 1; b < breaks.length; b++) {
    const [start, end] = [breaks[b - 1], breaks[b]];
    let visibleEnd = end;
    while (visibleEnd > start && /\s/.test(text[visibleEnd - 1])) visibleEnd--;
    const visible = measure(start, visibleEnd);
    if (lineEnd > lineStart && lineWidth + visible > width) {
      lines.push([lineStart, lineEnd]);
      lineStart = lineEnd = start;
      lineWidth = 0;
    }
    if (lineEnd === lineStart && visible > width) {
      // One word wider than the line: cut it at the last letter that fits, as often as needed.
      let from = start;
      while (measure(from, visibleEnd) > width) {
        let cut = from + 1;
        while (cut < visibleEnd && measure(from, cut + 1) <= width) cut++;
        lines.push([from, cut]);
        from = cut;
      }
      lineStart = from;
    }
    lineEnd = end;
    lineWidth = lineStart >= start ? measure(lineStart, end) : lineWidth + measure(start, end);
  }
  if (lineStart < text.length || lines.length === 0) lines.push([lineStart, text.length]);
  return lines;
}
