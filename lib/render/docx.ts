import '#server-only';
import { AlignmentType, Document, LevelFormat, Packer } from 'docx';
import type { Draft } from '../draft/draft-schema';
import { BULLET_LIST, markdownTreeToDocxParagraphs, ORDERED_LIST, xmlSafe } from './docx-markdown';
import { renderMarkdownTree, type RenderOptions } from './markdown';
import { collapseInline } from './markdown-escape';

const indent = (level: number) => ({ paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } });

/** The posting as a Word document: Word's heading styles, real lists and links, title and author set. */
export async function renderDocx(draft: Draft, options: RenderOptions = {}): Promise<Buffer> {
  const title = xmlSafe(collapseInline(draft.job.title));
  const company = xmlSafe(collapseInline(draft.company.name));
  const document = new Document({
    title,
    creator: company,
    lastModifiedBy: 'Postwright',
    subject: `Job posting: ${title} at ${company}`,
    description: `${title} at ${company}, written with Postwright`,
    numbering: {
      config: [
        {
          reference: BULLET_LIST,
          levels: ['•', '◦', '▪'].map((text, level) => ({
            level,
            format: LevelFormat.BULLET,
            text,
            alignment: AlignmentType.LEFT,
            style: indent(level),
          })),
        },
        {
          reference: ORDERED_LIST,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: indent(level),
          })),
        },
      ],
    },
    sections: [{ children: markdownTreeToDocxParagraphs(renderMarkdownTree(draft, options)) }],
  });
  return Packer.toBuffer(document);
}
