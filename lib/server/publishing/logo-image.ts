import '#server-only';
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import {
  LOGO_BOX,
  LOGO_MAX_BYTES,
  LOGO_MAX_INPUT_PIXELS,
  type LogoFormat,
} from '../../shared/publishing/logo-contract';

// An employer's uploaded logo, made safe to serve from our own origin. What comes in is never sent out: the
// type is read from the file's first bytes (not its name or Content-Type), the pixels are decoded by sharp
// under a pixel bound, and a new file is written from them alone, so no metadata (EXIF with a location,
// text chunks, ICC profiles), no second payload appended to the image and no script (SVG is not taken) ever
// reaches a reader.

export type LogoInputType = 'png' | 'jpeg' | 'webp' | 'gif';

export type LogoImageError =
  | { code: 'file_too_large'; message: string }
  | { code: 'unsupported_type'; message: string }
  | { code: 'file_mismatch'; message: string }
  | { code: 'file_too_complex'; message: string };

export class LogoRejected extends Error {
  constructor(readonly detail: LogoImageError) {
    super(detail.message);
  }
}

export interface EncodedLogo {
  format: LogoFormat;
  contentType: `image/${LogoFormat}`;
  bytes: Uint8Array<ArrayBuffer>;
  /** SHA-256 of `bytes`, hex: names the file in its URL. */
  hash: string;
  width: number;
  height: number;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type the bytes begin with (their magic number), or null for anything else (SVG included). */
export function sniffLogoType(bytes: Uint8Array): LogoInputType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return null;
}

/**
 * Where a PNG's chunks end (after IEND), or -1 when they do not reach one: anything after it is another file
 * riding along (a polyglot), which a decoder ignores and a sniffing reader might not.
 */
export function pngEnd(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 12 <= bytes.byteLength) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    at += 12 + length;
    if (type === 'IEND') return at <= bytes.byteLength ? at : -1;
  }
  return -1;
}

const reject = (code: LogoImageError['code'], message: string): never => {
  throw new LogoRejected({ code, message } as LogoImageError);
};

/**
 * Checks an upload and writes it anew: at most LOGO_BOX pixels a side (never enlarged), PNG for PNG and GIF
 * input (flat logos, transparency kept losslessly; a GIF's first frame), WebP for JPEG and WebP (photos).
 * Throws LogoRejected with the API's error code.
 */
export async function encodeLogo(input: Uint8Array): Promise<EncodedLogo> {
  if (input.byteLength > LOGO_MAX_BYTES)
    reject('file_too_large', `A logo is limited to ${LOGO_MAX_BYTES / 1024 / 1024} MiB`);
  const type = sniffLogoType(input);
  if (!type) return reject('unsupported_type', 'A logo must be a PNG, JPEG, WebP or GIF image (SVG is not accepted)');
  if (type === 'png' && pngEnd(input) !== input.byteLength) {
    reject('file_mismatch', 'The file holds more than one PNG image: data follows where the image ends');
  }
  const source = () =>
    // failOn 'error': a truncated or corrupt file is refused, not drawn half grey. pages 1: a GIF's first frame.
    sharp(input, { limitInputPixels: LOGO_MAX_INPUT_PIXELS, failOn: 'error', pages: 1, sequentialRead: true });
  let metadata: Metadata;
  try {
    metadata = await source().metadata();
  } catch (error) {
    return unreadable(error);
  }
  // The decoder's own reading must agree with the first bytes: a file that only starts like a PNG is refused.
  if (metadata.format !== type) reject('file_mismatch', `The file starts like ${type.toUpperCase()} but is not one`);
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > LOGO_MAX_INPUT_PIXELS) tooManyPixels();
  const format: LogoFormat = type === 'png' || type === 'gif' ? 'png' : 'webp';
  try {
    // sharp writes no metadata unless asked to (keepMetadata/withMetadata): EXIF, XMP, ICC and text go.
    const pipeline = source()
      .rotate() // EXIF orientation applied to the pixels, since the tag itself is dropped
      .resize(LOGO_BOX, LOGO_BOX, { fit: 'inside', withoutEnlargement: true });
    const { data, info } = await (
      format === 'png'
        ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
        : pipeline.webp({ quality: 90, alphaQuality: 100, effort: 4 })
    ).toBuffer({ resolveWithObject: true });
    const bytes = new Uint8Array(data);
    return {
      format,
      contentType: `image/${format}`,
      bytes,
      hash: createHash('sha256').update(bytes).digest('hex'),
      width: info.width,
      height: info.height,
    };
  } catch (error) {
    return unreadable(error);
  }
}

const tooManyPixels = () =>
  reject('file_too_complex', `A logo may have at most ${LOGO_MAX_INPUT_PIXELS.toLocaleString('en')} pixels`);

/** sharp's failure as the API's: over the pixel bound (limitInputPixels), or not a readable image. */
function unreadable(error: unknown): never {
  if (error instanceof Error && /pixel limit/i.test(error.message)) tooManyPixels();
  return reject('file_mismatch', 'The file could not be read as an image');
}
