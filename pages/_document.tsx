import { Head, Html, Main, NextScript } from 'next/document';
import { siteBodyClassName } from '@/components/layout/site-chrome';

// Pages here set `unstable_runtimeJS: false`: NextScript then renders nothing, and no __NEXT_DATA__.
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body className={siteBodyClassName}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
