// The little of fontkit (the font engine PDFKit draws with) that the PDF tests use to ask
// which characters a font has glyphs for; the package ships no types.
declare module "fontkit" {
  export function create(buffer: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
}
