import type { Block } from './blocks';
import type { ImportResult } from '../../shared/import/import-contract';
import { ImportError } from './import-error';
import { importBlocks } from './import-posting';
import { docxBlocks } from './read/docx-blocks';
import { checkFileKind, type FileKind } from './read/file-kind';
import { htmlBlocks } from './read/html-blocks';
import { markdownBlocks } from './read/markdown-blocks';
import { pdfBlocks } from './read/pdf-blocks';
import { textBlocks } from './read/text-blocks';

// One posting, of any kind the importer takes, from its bytes to the import result.

export async function readBlocks(kind: FileKind, bytes: Uint8Array): Promise<Block[]> {
  checkFileKind(kind, bytes);
  switch (kind) {
    case 'docx':
      return docxBlocks(bytes);
    case 'pdf': {
      const { blocks, links } = await pdfBlocks(bytes);
      // Link annotations have no place in the text flow: a block without text offers them to the apply-link finder.
      if (links.length) blocks.push({ kind: 'paragraph', level: 0, text: '', links });
      return blocks;
    }
    default: {
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      if (kind === 'html') return htmlBlocks(text);
      if (kind === 'md') return markdownBlocks(text);
      return textBlocks(text);
    }
  }
}

export async function importFile(kind: FileKind, bytes: Uint8Array): Promise<ImportResult> {
  try {
    return importBlocks(await readBlocks(kind, bytes));
  } catch (error) {
    // Tens of thousands of nested elements or quotes overflow the parsers' recursion: no posting is built so.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new ImportError('file_too_complex', 'This text is nested too deeply to be a posting: it was not read');
    }
    throw error;
  }
}
