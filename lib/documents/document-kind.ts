// A document's kind from its first bytes (the browser's declared type and the file name are not
// trusted). Pure, so it is unit-tested; the storage names files with the kind's extension.

export const DOCUMENT_KINDS = [
  { mimeType: "application/pdf", ext: "pdf", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { mimeType: "image/jpeg", ext: "jpg", magic: [0xff, 0xd8, 0xff] },
  { mimeType: "image/png", ext: "png", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentMimeType = DocumentKind["mimeType"];

export function detectDocumentKind(bytes: Uint8Array): DocumentKind | null {
  return DOCUMENT_KINDS.find((kind) => bytes.length > kind.magic.length && kind.magic.every((byte, i) => bytes[i] === byte)) ?? null;
}

export function kindOfMimeType(mimeType: string): DocumentKind | null {
  return DOCUMENT_KINDS.find((kind) => kind.mimeType === mimeType) ?? null;
}
