import yauzl from 'yauzl';
import { ImportError } from '../import-error';

// A .docx is a zip. Before mammoth opens it, its central directory is read with yauzl and the file refused
// when what it declares would expand past these bounds; then every part is inflated once through yauzl, which
// checks each against its declared size, so a directory that lies is caught as well.

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
      // The directory could lie: each part is inflated here too, output discarded, and yauzl stops a stream
      // that yields more bytes than its part declared — so what mammoth later inflates is what was checked.
      zip.openReadStream(entry, (error, stream) => {
        if (error) {
          zip.close();
          reject(new ImportError('file_mismatch', 'This Word file is damaged: a part of it cannot be read'));
          return;
        }
        stream.on('data', () => {});
        stream.on('error', () => {
          zip.close();
          reject(
            new ImportError(
              'file_too_complex',
              'This Word file holds more than it declares (a zip bomb?): it was not opened',
            ),
          );
        });
        stream.on('end', () => zip.readEntry());
      });
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
