import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Postwright: build a Back End Developer job posting', template: '%s · Postwright' },
  description:
    'Build a finished Back End Developer job posting step by step, with a data-backed skill catalog, checks for inclusive wording and pay transparency, and Markdown or PDF export.',
  applicationName: 'Postwright',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d5fd6' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request so the proxy's CSP nonce reaches Next's scripts.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
