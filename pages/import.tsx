// GET /import - start from an existing posting: paste it or bring a file, check where each line went, then
// the builder opens on it. A page with script, apart from /build so the builder's first load stays as it is.
import { ImportFlow } from '@/components/import/import-flow';
import { PageHead } from '@/components/layout/page-head';

export default function ImportPage() {
  return (
    <>
      <PageHead
        title="Start from an existing posting · Postwright"
        description="Paste a job posting or bring a Word, PDF, Markdown, HTML or text file, and continue it in the builder."
      />
      <ImportFlow />
    </>
  );
}

// Rendered per request, not prerendered: its scripts must carry this request's CSP nonce (see _document).
export const getServerSideProps = async () => ({ props: {} });
