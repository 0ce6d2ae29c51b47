import { crc32, deflateRawSync } from 'node:zlib';

// Files made to hurt an importer, generated so the repository holds no binary blobs.

interface ZipEntry {
  name: string;
  data: Buffer;
}

/** A zip of deflated entries, written by hand: the sizes in its directory are the true ones. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    // From the version needed on, a central directory entry repeats its local header's fields two bytes on.
    local.copy(central, 6, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A .docx whose document part inflates from ~100 KB to 100 MiB. */
export function zipBombDocx(): Buffer {
  const body = Buffer.alloc(100 * 1024 * 1024, 0x20);
  body.write(
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  );
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'word/document.xml', data: body },
  ]);
}

/**
 * What Word saves when a .docx is given a password: an OLE compound file (Office's encryption wraps the zip
 * in one). The header and an empty sector are enough for what the importer reads: its first bytes.
 */
export function encryptedDocx(): Buffer {
  const file = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file);
  file.write('EncryptedPackage', 512, 'utf16le');
  return file;
}

/** A real PNG header (an 1×1 image), to be named .pdf. */
export function pngBytes(): Buffer {
  return Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
    'hex',
  );
}

/** A text PDF of `pages` pages, all drawing one content stream, with a correct cross-reference table. */
export function manyPagePdf(pages: number, line: string | null = 'Back End Developer', linesPerPage = 1): Buffer {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  const lines = Array.from(
    { length: linesPerPage },
    (_, i) => `(${line}${linesPerPage > 1 ? ` ${i + 1}.` : ''}) Tj 0 -12 Td`,
  ).join(' ');
  // A scan's page draws an image; a line-less page here draws a rectangle: either way, no text.
  const stream = line === null ? '0 0 m 100 100 l S' : `BT /F1 10 Tf 40 760 Td ${lines} ET`;
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  for (let i = 0; i < pages; i++) {
    objects.push(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>',
    );
  }
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF of one page with no text at all (what a scanner makes, minus the image). */
export function textlessPdf(): Buffer {
  return manyPagePdf(1, null);
}

/**
 * The costliest PDF the importer still reads: the most pages it takes, each full of text, just under the
 * character limit (50 pages × 60 lines × ~80 characters).
 */
export function worstCasePdf(): Buffer {
  return manyPagePdf(50, 'Design, build and run the services behind our dashboards with PostgreSQL and REST', 60);
}

/** A zip bomb whose directory lies: it declares its 100 MiB part as 1 KiB (a check of declared sizes alone passes it). */
export function lyingZipBombDocx(): Buffer {
  const zip = zipBombDocx();
  // The central directory's record of word/document.xml: patch its uncompressed size (offset 24) to 1 KiB.
  const name = Buffer.from('word/document.xml');
  let at = zip.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]));
  while (at > 0 && !zip.subarray(at + 46, at + 46 + name.length).equals(name))
    at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1);
  zip.writeUInt32LE(1024, at + 24);
  // The local header's copy too, so the two records agree.
  const local = zip.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]), zip.indexOf(name) - 30);
  zip.writeUInt32LE(1024, local + 22);
  return zip;
}
