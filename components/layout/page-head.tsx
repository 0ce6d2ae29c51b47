import Head from 'next/head';
import type { ReactNode } from 'react';

/**
 * Title, description and extra tags of a page. `privateLink`: the page's address is a secret of its own (a
 * share or review link): search engines must not index it, and no other site may learn it as a referrer.
 */
export function PageHead({
  title,
  description,
  privateLink = false,
  children,
}: {
  title: string;
  description?: string;
  privateLink?: boolean;
  children?: ReactNode;
}) {
  return (
    <Head>
      <title>{title}</title>
      {description ? <meta name="description" content={description} /> : null}
      {privateLink ? <meta name="robots" content="noindex" /> : null}
      {privateLink ? <meta name="referrer" content="no-referrer" /> : null}
      {children}
    </Head>
  );
}
