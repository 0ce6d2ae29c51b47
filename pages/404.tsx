// The 404 Next renders itself (a page's own `notFound`, a language the catalog pages were not built for):
// prerendered, script-free, in English. An address no page takes is answered by pages/[...unknown].tsx
// instead, per request, in the reader's UI language.
import { errorPageText } from '@/components/site-text/error-page-text';
import { NotFoundNotice } from '@/components/site-text/not-found-notice';
import { SiteTextProvider } from '@/components/site-text/site-text';

export const config = { unstable_runtimeJS: false };

const english = errorPageText('en');

export default function NotFoundPage() {
  return (
    <SiteTextProvider text={english}>
      <NotFoundNotice />
    </SiteTextProvider>
  );
}
