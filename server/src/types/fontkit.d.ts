// The part of fontkit (the font reader inside pdfkit) the PDF export uses: a font's coverage.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
