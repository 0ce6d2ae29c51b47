import '#server-only';
import { AlignmentType, Document, LevelFormat, Packer } from 'docx';
import type { Draft } from '../../shared/draft/draft-schema';
import { BULLET_LIST, markdownTreeToDocxParagraphs, ORDERED_LIST, xmlSafe } from './docx-markdown';
import { renderMarkdownTree, type RenderOptions } from './markdown';
import { collapseInline } from './markdown-escape';
import { fillMessage, renderMessages } from '../../shared/render/render-messages';

// Word wants a language with a region for its proofing tools; the posting names only the language.
const WORD_LANGUAGE = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', nl: 'nl-NL' } as const;

const indent = (level: number) => ({ paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } });

/** The posting as a Word document: Word's heading styles, real lists and links, title and author set. */
export async function renderDocx(draft: Draft, options: RenderOptions = {}): Promise<Buffer> {
  const title = xmlSafe(collapseInline(draft.job.title));
  const company = xmlSafe(collapseInline(draft.company.name));
  const language = draft.language ?? 'en';
  const words = renderMessages(language).document;
  const document = new Document({
    title,
    creator: company,
    lastModifiedBy: 'Postwright',
    subject: fillMessage(words.subject, { title, company }),
    description: fillMessage(words.description, { title, company }),
    // The default run language: Word spell-checks, hyphenates and reads aloud the posting in its own language.
    styles: { default: { document: { run: { language: { value: WORD_LANGUAGE[language] } } } } },
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
