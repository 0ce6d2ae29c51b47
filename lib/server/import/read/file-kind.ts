import { ImportError } from '../import-error';

// What a file is by its first bytes, checked against what its name says: a PNG named .pdf is refused, and a
// Word file saved with a password (an OLE compound file, not a zip) is named as encrypted.

export type FileKind = 'docx' | 'pdf' | 'md' | 'txt' | 'html';

const EXTENSIONS: Record<string, FileKind> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
};

const starts = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function kindOfName(name: string): FileKind | null {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? null : (EXTENSIONS[name.slice(dot).toLowerCase()] ?? null);
}

/** Text files must be UTF-8 text: no NUL byte, and no binary signature. */
function isText(bytes: Uint8Array): boolean {
  if (starts(bytes, ZIP) || starts(bytes, OLE) || starts(bytes, PDF)) return false;
  if (bytes.subarray(0, 8192).includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function checkFileKind(kind: FileKind, bytes: Uint8Array): void {
  if (kind === 'docx') {
    if (starts(bytes, OLE)) {
      throw new ImportError(
        'file_encrypted',
        'This Word file is protected with a password (or is an old .doc file): save it without one, as .docx',
      );
    }
    if (!starts(bytes, ZIP))
      throw new ImportError('file_mismatch', 'This file is not a Word (.docx) document, whatever its name says');
    return;
  }
  if (kind === 'pdf') {
    // The header may follow a few bytes of junk; PDF readers look in the first kilobyte.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    if (!head.includes('%PDF-'))
      throw new ImportError('file_mismatch', 'This file is not a PDF, whatever its name says');
    return;
  }
  if (!isText(bytes)) throw new ImportError('file_mismatch', 'This file is not UTF-8 text, whatever its name says');
}
