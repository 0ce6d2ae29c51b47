import mammoth from 'mammoth';
import type { Block } from '../blocks';
import { htmlBlocks } from './html-blocks';
import { checkZipBounds } from './zip-bounds';

// A Word file through mammoth to HTML (headings from Word's heading styles, real lists, bold runs), then read
// as HTML. The zip's declared sizes are checked first, so a zip bomb is refused before anything inflates.

export async function docxBlocks(bytes: Uint8Array): Promise<Block[]> {
  await checkZipBounds(bytes);
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    // Images are not text: drop them instead of inlining them as data URLs.
    { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  return htmlBlocks(value);
}
