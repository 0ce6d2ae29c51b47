// Any page path nothing else takes (API paths answer JSON: app/api[...path]), and a page that failed. Script-free,
// like the content pages, and in the employer's UI language (the builder's: cookie `pw_locale`, else
// Accept-Language). Rendered per request, not prerendered: a prerendered 404 is one file in one language. With
// no pages/404 and this getInitialProps, Next renders every 404 here on the server (a few milliseconds: no data).
import type { NextPageContext } from 'next';
import type { PageLanguageProps } from '@/components/layout/page-language';
import { PageHead } from '@/components/layout/page-head';
import { SiteTextProvider, useSiteT, type SiteText } from '@/components/site-text/site-text';
import { scriptFreePageHeaders, setHeaders } from '@/lib/script-free-page/page-headers';

export const config = { unstable_runtimeJS: false };

type Props = { statusCode: number; text: SiteText } & PageLanguageProps;

ErrorPage.getInitialProps = async ({ req, res, err }: NextPageContext): Promise<Props> => {
  const statusCode = res?.statusCode ?? err?.statusCode ?? 404;
  // Loaded here, not with the page: in the browser they are a chunk fetched only when a page fails there.
  const [{ errorPageText }, { negotiateUiLocale }] = await Promise.all([
    import('@/components/site-text/error-page-text'),
    import('@/lib/ui-locale/ui-locale'),
  ]);
  if (!req || !res) {
    // In the browser only when a page with script fails after loading (an unknown address is always a full
    // load, which the server answers): the notice in English.
    return { statusCode, text: errorPageText('en') };
  }
  const locale = negotiateUiLocale({ cookie: req.headers.cookie, acceptLanguage: req.headers['accept-language'] });
  // A page with no script gets the script-free pages' policy, whichever path it answers (the proxy passes some).
  setHeaders(res, scriptFreePageHeaders({ dev: process.env.NODE_ENV === 'development' }));
  // The notice's words depend on these two request headers.
  res.setHeader('Vary', 'Accept-Language, Cookie');
  return { statusCode, text: errorPageText(locale), htmlLang: locale };
};

export default function ErrorPage({ statusCode, text }: Props) {
  return (
    <SiteTextProvider text={text}>
      <ErrorNotice notFound={statusCode === 404} />
    </SiteTextProvider>
  );
}

function ErrorNotice({ notFound }: { notFound: boolean }) {
  const t = useSiteT();
  return (
    <>
      <PageHead title={notFound ? t('notFound.title') : t('error.title')} />
      <div className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="text-2xl font-bold">{notFound ? t('notFound.heading') : t('error.heading')}</h1>
        <p className="mt-2 text-slate-700">{notFound ? t('notFound.body') : t('error.body')}</p>
        <p className="mt-6">
          <a href="/" className="font-semibold text-brand-700 underline">
            {t('notFound.home')}
          </a>
        </p>
      </div>
    </>
  );
}
