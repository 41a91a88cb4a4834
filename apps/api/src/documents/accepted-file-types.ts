/**
 * Files people attach to conventions and deliberations: office documents, PDFs, images, text. The extension
 * decides the type and the first bytes must agree, so that a renamed executable is refused.
 */
interface FileType {
  contentType: string;
  matches: (head: Buffer) => boolean;
}

const startsWith = (bytes: number[]) => (head: Buffer) => bytes.every((byte, index) => head[index] === byte);
const zip = startsWith([0x50, 0x4b, 0x03, 0x04]);
const text = (head: Buffer) => !head.includes(0);

const TYPES: Record<string, FileType> = {
  pdf: { contentType: 'application/pdf', matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  png: { contentType: 'image/png', matches: startsWith([0x89, 0x50, 0x4e, 0x47]) },
  jpg: { contentType: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { contentType: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: zip },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: zip },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', matches: zip },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', matches: zip },
  ods: { contentType: 'application/vnd.oasis.opendocument.spreadsheet', matches: zip },
  txt: { contentType: 'text/plain; charset=utf-8', matches: text },
  csv: { contentType: 'text/csv; charset=utf-8', matches: text },
};

export const ACCEPTED_EXTENSIONS = Object.keys(TYPES);

/** The content type to store, or null when the file is not accepted. */
export function acceptedContentType(fileName: string, head: Buffer): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const type = TYPES[extension];
  return type && type.matches(head) ? type.contentType : null;
}

/** A file name safe to store and to send back in Content-Disposition. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? 'document';
  const cleaned = [...base.normalize('NFC')]
    .map((char) => (char.charCodeAt(0) < 0x20 || '"<>|:*?'.includes(char) ? '_' : char))
    .join('')
    .trim();
  return (cleaned || 'document').slice(0, 200);
}
