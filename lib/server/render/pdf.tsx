import '#server-only';
import { Document, Page, renderToBuffer, Text } from '@react-pdf/renderer';
import type { Draft } from '../../shared/draft/draft-schema';
import { renderMarkdownTree, type RenderOptions } from './markdown';
import { markdownTreeToPdfBlocks } from './pdf-markdown';
import { loadPdfFonts } from './pdf-fonts';
import { pdfStyles as styles } from './pdf-styles';
import { collapseInline } from './markdown-escape';
import type { PdfPageSize } from './format';
import { boundPdfLayout } from './pdf-layout-bounds';
import { fillMessage, renderMessages } from '../../shared/render/render-messages';

export interface PdfOptions extends RenderOptions {
  pageSize?: PdfPageSize;
}

/** The posting as a PDF with real, selectable text; long postings flow onto further pages. */
export async function renderPdf(draft: Draft, options: PdfOptions = {}): Promise<Buffer> {
  await loadPdfFonts();
  // Hard line breaks cost react-pdf far more than wrapped text: a bounded number keep their shape (see there).
  const tree = renderMarkdownTree(boundPdfLayout(draft), options);
  const language = draft.language ?? 'en';
  const words = renderMessages(language).document;
  const title = collapseInline(draft.job.title);
  const company = collapseInline(draft.company.name);
  const document = (
    <Document
      title={title}
      author={company}
      subject={fillMessage(words.subject, { title, company })}
      creator="Postwright"
      producer="Postwright"
      language={language}
    >
      <Page size={options.pageSize ?? 'A4'} style={styles.page} wrap>
        {markdownTreeToPdfBlocks(tree)}
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => fillMessage(words.pageOf, { page: pageNumber, total: totalPages })}
        />
      </Page>
    </Document>
  );
  return renderToBuffer(document);
}
