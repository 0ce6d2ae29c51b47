import Head from 'next/head';
import type { ReactNode } from 'react';

/** Title, description and extra tags of a Pages Router page (App Router pages use `metadata`). */
export function PageHead({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children?: ReactNode;
}) {
  return (
    <Head>
      <title>{title}</title>
      {description ? <meta name="description" content={description} /> : null}
      {children}
    </Head>
  );
}
