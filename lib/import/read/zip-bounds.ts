import yauzl from 'yauzl';
import { ImportError } from '../import-error';

// A .docx is a zip. Before mammoth inflates anything, the zip's central directory is read (with yauzl, which
// inflates nothing) and the file refused when what it declares would expand past these bounds.

export const ZIP_BOUNDS = {
  /** No part of a posting's Word file is near this; a zip bomb's one part is far past it. */
  maxEntryBytes: 20 * 1024 * 1024,
  maxTotalBytes: 40 * 1024 * 1024,
  /** Deflate reaches ~1:1000 on runs of one byte; text and XML stay well under 1:100. */
  maxRatio: 200,
  maxEntries: 2000,
};

export async function checkZipBounds(bytes: Uint8Array, bounds = ZIP_BOUNDS): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true },
      (error, file) =>
        error
          ? reject(new ImportError('file_mismatch', 'This Word file is damaged: its zip structure cannot be read'))
          : resolve(file),
    ),
  );
  let total = 0;
  let entries = 0;
  let hasDocument = false;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries += 1;
      total += entry.uncompressedSize;
      if (entry.fileName === 'word/document.xml') hasDocument = true;
      const ratio =
        entry.compressedSize > 0
          ? entry.uncompressedSize / entry.compressedSize
          : entry.uncompressedSize > 0
            ? Infinity
            : 1;
      if (
        entries > bounds.maxEntries ||
        entry.uncompressedSize > bounds.maxEntryBytes ||
        total > bounds.maxTotalBytes ||
        (entry.uncompressedSize > 1024 * 1024 && ratio > bounds.maxRatio)
      ) {
        zip.close();
        reject(
          new ImportError(
            'file_too_complex',
            'This Word file expands to far more than a job posting (a zip bomb?): it was not opened',
          ),
        );
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () =>
      reject(new ImportError('file_mismatch', 'This Word file is damaged: its zip structure cannot be read')),
    );
    zip.readEntry();
  });
  if (entries > 0 && !hasDocument)
    throw new ImportError('file_mismatch', 'This zip file is not a Word (.docx) document');
}
