import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { siteBodyClassName } from '@/components/layout/site-chrome';

type Props = DocumentInitialProps & { nonce?: string };

// The script-free pages set `unstable_runtimeJS: false`: NextScript then renders nothing, and no __NEXT_DATA__.
// The builder and My postings do run script, under the proxy's per-request CSP (proxy.ts): every script
// tag Next writes must carry that request's nonce.
export default function SiteDocument({ nonce }: Props) {
  return (
    <Html lang="en">
      <Head nonce={nonce} />
      <body className={siteBodyClassName}>
        <Main />
        <NextScript nonce={nonce} />
      </body>
    </Html>
  );
}

SiteDocument.getInitialProps = async (context: DocumentContext): Promise<Props> => {
  const initial = await Document.getInitialProps(context);
  const nonce = context.req?.headers['x-nonce'];
  return { ...initial, nonce: typeof nonce === 'string' ? nonce : undefined };
};
