// Any page address nothing else takes (API paths answer JSON: app/api/[...path]; every page, route and file
// is matched before this catch-all): a 404 in the reader's UI language (the builder's: cookie `pw_locale`,
// else Accept-Language), `<html lang>` to match. Rendered per request, not prerendered as pages/404 is: a
// prerendered page is one file in one language. Script-free, with the script-free pages' headers.
import type { GetServerSideProps } from 'next';
import type { PageLanguageProps } from '@/components/layout/page-language';
import { errorPageText } from '@/components/site-text/error-page-text';
import { NotFoundNotice } from '@/components/site-text/not-found-notice';
import { SiteTextProvider, type SiteText } from '@/components/site-text/site-text';
import { scriptFreePageHeaders, setHeaders } from '@/lib/script-free-page/page-headers';
import { negotiateUiLocale } from '@/lib/ui-locale/ui-locale';

export const config = { unstable_runtimeJS: false };

type Props = { text: SiteText } & PageLanguageProps;

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  const locale = negotiateUiLocale({ cookie: req.headers.cookie, acceptLanguage: req.headers['accept-language'] });
  res.statusCode = 404;
  setHeaders(res, scriptFreePageHeaders({ dev: process.env.NODE_ENV === 'development' }));
  // The notice's words depend on these two request headers.
  res.setHeader('Vary', 'Accept-Language, Cookie');
  return { props: { text: errorPageText(locale), htmlLang: locale } };
};

export default function UnknownPage({ text }: Props) {
  return (
    <SiteTextProvider text={text}>
      <NotFoundNotice />
    </SiteTextProvider>
  );
}
