// GET /postings - the postings shared from this browser (their edit links live only in this browser's storage).
import { PageHead } from '@/components/layout/page-head';
import { MyPostingsList } from '@/components/share/my-postings-list';

export default function MyPostingsPage() {
  return (
    <>
      <PageHead title="My postings · Postwright">
        <meta name="robots" content="noindex" />
      </PageHead>
      <div className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-2xl font-bold sm:text-3xl">My postings</h1>
        <p className="mt-2 text-slate-700">
          Postings shared from this browser. Their edit links are stored only here, so keep a copy of any edit link you
          need elsewhere.
        </p>
        <MyPostingsList />
      </div>
    </>
  );
}

// Rendered per request, not prerendered: its scripts must carry this request's CSP nonce (see _document).
export const getServerSideProps = async () => ({ props: {} });
