import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { SiteChrome, siteBodyClassName } from '@/components/layout/site-chrome';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Postwright: build a Back End Developer job posting', template: '%s · Postwright' },
  description:
    'Build a finished Back End Developer job posting step by step, with a data-backed skill catalog, checks for inclusive wording and pay transparency, and Markdown or PDF export.',
  applicationName: 'Postwright',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d5fd6' };

// The React pages (builder, My postings). The script-free pages (home, catalog, share page) are Pages
// Router pages with the same chrome and stylesheet: see pages/_app.tsx.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request so the proxy's CSP nonce reaches Next's scripts.
  await connection();
  return (
    <html lang="en">
      <body className={siteBodyClassName}>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
