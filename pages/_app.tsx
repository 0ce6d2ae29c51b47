import type { AppProps } from 'next/app';
import Head from 'next/head';
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
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      <SiteChrome currentPath={router.pathname}>
        <Component {...pageProps} />
      </SiteChrome>
    </>
  );
}
