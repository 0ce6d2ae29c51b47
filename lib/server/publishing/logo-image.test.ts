import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LOGO_BOX, LOGO_MAX_BYTES } from '../../shared/publishing/logo-contract';
import { encodeLogo, LogoRejected, pngEnd, sniffLogoType } from './logo-image';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.byteLength, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `png` with a tEXt chunk inserted before its IEND. */
function withTextChunk(png: Buffer, keyword: string, value: string): Buffer {
  const iend = png.byteLength - 12;
  return Buffer.concat([
    png.subarray(0, iend),
    chunk('tEXt', Buffer.from(`${keyword}\0${value}`, 'latin1')),
    png.subarray(iend),
  ]);
}

const square = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 11, g: 61, b: 46, alpha: 0.8 } } });

async function rejection(input: Uint8Array) {
  try {
    await encodeLogo(input);
  } catch (error) {
    if (error instanceof LogoRejected) return error.detail.code;
    throw error;
  }
  throw new Error('accepted');
}

describe('sniffLogoType', () => {
  it('reads the type from the first bytes only', async () => {
    expect(sniffLogoType(await square(4, 4).png().toBuffer())).toBe('png');
    expect(sniffLogoType(await square(4, 4).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffLogoType(await square(4, 4).webp().toBuffer())).toBe('webp');
    expect(sniffLogoType(await square(4, 4).gif().toBuffer())).toBe('gif');
    expect(sniffLogoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffLogoType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
  });
});

describe('encodeLogo', () => {
  it('writes a new PNG without the EXIF and text chunks the upload carried', async () => {
    const tagged = await square(40, 20)
      .png()
      .withMetadata({ exif: { IFD0: { Copyright: 'EXIF-SECRET-LOCATION' } } })
      .toBuffer();
    const input = withTextChunk(tagged, 'Comment', 'TEXT-SECRET-NOTE');
    expect(text(input)).toContain('EXIF-SECRET-LOCATION');
    expect(text(input)).toContain('TEXT-SECRET-NOTE');
    expect((await sharp(input).metadata()).exif).toBeDefined();

    const logo = await encodeLogo(input);
    expect(logo.contentType).toBe('image/png');
    expect([logo.width, logo.height]).toEqual([40, 20]);
    expect(text(logo.bytes)).not.toContain('EXIF-SECRET-LOCATION');
    expect(text(logo.bytes)).not.toContain('TEXT-SECRET-NOTE');
    expect(text(logo.bytes)).not.toMatch(/tEXt|iTXt|zTXt|eXIf/);
    const out = await sharp(logo.bytes).metadata();
    expect(out.format).toBe('png');
    expect(out.exif).toBeUndefined();
    expect(out.hasAlpha).toBe(true);
    expect(logo.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fits a large photo into the box as WebP, and keeps a GIF as PNG', async () => {
    const photo = await encodeLogo(await square(1024, 600).jpeg().toBuffer());
    expect(photo.contentType).toBe('image/webp');
    expect([photo.width, photo.height]).toEqual([LOGO_BOX, 300]);
    expect((await sharp(photo.bytes).metadata()).format).toBe('webp');
    const gif = await encodeLogo(await square(30, 30).gif().toBuffer());
    expect(gif.contentType).toBe('image/png');
    expect((await sharp(gif.bytes).metadata()).format).toBe('png');
  });

  it('refuses SVG and anything else that is not one of the four types (415)', async () => {
    expect(
      await rejection(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).toBe('unsupported_type');
    expect(await rejection(Buffer.from('<?xml version="1.0"?><svg/>'))).toBe('unsupported_type');
    expect(await rejection(Buffer.from('%PDF-1.7'))).toBe('unsupported_type');
  });

  it('refuses polyglots: a file that only starts like an image, or a PNG with another file after its end (422)', async () => {
    expect(await rejection(Buffer.from('GIF89a=1;alert(document.domain)//<html><script>x</script>'))).toBe(
      'file_mismatch',
    );
    const png = await square(8, 8).png().toBuffer();
    const polyglot = Buffer.concat([png, Buffer.from('<html><script>alert(1)</script></html>')]);
    expect(pngEnd(png)).toBe(png.byteLength);
    expect(await rejection(polyglot)).toBe('file_mismatch');
    // The first bytes of a PNG on a JPEG's body: the decoder disagrees with the magic number.
    const jpeg = await square(8, 8).jpeg().toBuffer();
    expect(await rejection(Buffer.concat([png.subarray(0, 8), jpeg]))).toBe('file_mismatch');
  });

  it('refuses a truncated image (422)', async () => {
    const jpeg = await square(64, 64).jpeg().toBuffer();
    expect(await rejection(jpeg.subarray(0, jpeg.byteLength / 2))).toBe('file_mismatch');
  });

  it('refuses a file over the size limit (413) and an image over the pixel bound (422) before decoding it', async () => {
    const big = Buffer.concat([await square(8, 8).png().toBuffer(), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(await rejection(big)).toBe('file_too_large');
    // A small file whose header claims 20,000 × 20,000 pixels (a decompression bomb's shape).
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(20_000, 0);
    ihdr.writeUInt32BE(20_000, 4);
    ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
    const bomb = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(await rejection(bomb)).toBe('file_too_complex');
  });
});
