import type { AppProps } from 'next/app';
import Head from 'next/head';
import { isJobRoute } from '@/components/layout/job-chrome';
import { pageLanguage, SiteWordsLanguage } from '@/components/layout/page-language';
import { SiteChrome } from '@/components/layout/site-chrome';
// The one Tailwind build, for every page.
import '@/app/globals.css';

export default function App({ Component, pageProps, router }: AppProps) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="application-name" content="Postwright" />
        <meta name="theme-color" content="#1d5fd6" />
        <link rel="icon" href="/favicon.ico" sizes="48x48" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
        {/* The default link preview (public/og-image.png, scripts/generate-icons.ts); a job page's card replaces it. */}
        <meta property="og:image" content="/og-image.png" key="og:image" />
      </Head>
      {/* The candidate's pages bring the employer's chrome themselves, in their own language (JobChrome);
          every other page wears the builder's. */}
      {isJobRoute(router.pathname) ? (
        <Component {...pageProps} />
      ) : (
        <SiteWordsLanguage htmlLang={pageLanguage(pageProps)}>
          <SiteChrome currentPath={router.pathname}>
            <Component {...pageProps} />
          </SiteChrome>
        </SiteWordsLanguage>
      )}
    </>
  );
}
