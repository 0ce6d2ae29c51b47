import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The classes of <body> on every page (pages/_document.tsx). */
export const siteBodyClassName = 'flex min-h-screen flex-col bg-slate-50 font-sans text-ink antialiased';

/** Skip link, header, main and footer: the same markup around every page. */
export function SiteChrome({ currentPath, children }: { currentPath: string; children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <SiteHeader currentPath={currentPath} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
