// Regenerates the site's icons in public/ from SVG: the favicon (ICO with 16, 32 and 48 px PNGs), the Apple
// touch icon (180 px, opaque: iOS puts its own corners on it) and the default Open Graph image (1200×630).
// Run: npx tsx scripts/generate-icons.ts (the outputs are committed).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const publicDir = path.join(import.meta.dirname, '..', 'public');
const BRAND = '#1d5fd6';
const INK = '#16202e';
/** The "P" of public/icon.svg, on its 32-unit grid. */
const MARK = 'M10 8h7a6 6 0 0 1 0 12h-3v4h-4z M14 12v4h3a2 2 0 0 0 0-4z';

const png = (svg: string, size: number) => sharp(Buffer.from(svg)).resize(size, size).png().toBuffer();

/** An ICO file whose images are PNGs (every browser since IE Vista-era reads them). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const touchSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><g transform="translate(4 4) scale(0.75)"><path d="${MARK}" fill="#fff" fill-rule="evenodd"/></g></svg>`;

const ogSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, sans-serif">
<rect width="1200" height="630" fill="#ffffff"/>
<rect width="1200" height="24" fill="${BRAND}"/>
<g transform="translate(80 170) scale(6)"><rect width="32" height="32" rx="6" fill="${BRAND}"/><path d="${MARK}" fill="#fff" fill-rule="evenodd"/></g>
<text x="320" y="270" font-size="88" font-weight="700" fill="${INK}">Postwright</text>
<text x="320" y="340" font-size="36" fill="#334155">Job postings that say what the work is</text>
<text x="80" y="540" font-size="30" fill="#475569">Build, check and publish a job posting</text>
</svg>`;

const iconSvg = await readFile(path.join(publicDir, 'icon.svg'), 'utf8');
const sizes = [16, 32, 48];
const favicons = await Promise.all(sizes.map(async (size) => ({ size, data: await png(iconSvg, size) })));
await writeFile(path.join(publicDir, 'favicon.ico'), ico(favicons));
await writeFile(path.join(publicDir, 'apple-touch-icon.png'), await png(touchSvg, 180));
await writeFile(
  path.join(publicDir, 'og-image.png'),
  await sharp(Buffer.from(ogSvg)).png({ palette: true }).toBuffer(),
);
console.log('public/: favicon.ico, apple-touch-icon.png, og-image.png');
