import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { pageLanguage } from '@/components/layout/page-language';
import { siteBodyClassName } from '@/components/layout/site-chrome';
import { RENDER_GATE_PATH } from '@/lib/shared/http/render-gate';

type Props = DocumentInitialProps & {
  nonce?: string;
  __NEXT_DATA__?: { props?: { pageProps?: unknown } };
  unstable_runtimeJS?: false;
};

// The script-free pages set `unstable_runtimeJS: false`: NextScript then renders nothing, and no __NEXT_DATA__.
// The builder and My postings do run script, under the proxy's per-request CSP (proxy.ts): every script
// tag Next writes must carry that request's nonce.
export default function SiteDocument({ nonce, __NEXT_DATA__: data, unstable_runtimeJS: runtimeJS }: Props) {
  return (
    <Html lang={pageLanguage(data?.props?.pageProps)}>
      <Head nonce={nonce}>
        {/* A page with script paints once, whole (see render-gate.ts). First, so that it runs first. */}
        {runtimeJS === false ? null : <script defer blocking="render" src={RENDER_GATE_PATH} nonce={nonce} />}
      </Head>
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
