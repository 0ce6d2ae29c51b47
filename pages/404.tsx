// Any page path nothing else takes (API paths answer JSON: app/api/[...path]). Script-free, like the content pages.
import { PageHead } from '@/components/layout/page-head';

export const config = { unstable_runtimeJS: false };

export default function NotFoundPage() {
  return (
    <>
      <PageHead title="Page not found · Postwright" />
      <div className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p className="mt-2 text-slate-700">The address may be mistyped, or the page has moved.</p>
        <p className="mt-6">
          <a href="/" className="font-semibold text-brand-700 underline">
            Go to the home page
          </a>
        </p>
      </div>
    </>
  );
}
