import type { ReactNode } from 'react';

// A page that shows one posting (its job page, its share page) is in the posting's language: `<html lang>`
// says so (pages/_document.tsx reads `htmlLang` from the page's props). The candidate's pages (/jobs…) bring
// their own chrome in that language; on the share page the builder's header and footer are English, so they
// are wrapped in `lang="en"`, and the page's own part carries its language again.

/** The page prop `_document` reads for `<html lang>`. */
export type PageLanguageProps = { htmlLang?: string };

export function pageLanguage(pageProps: unknown): string {
  const lang = (pageProps as PageLanguageProps | undefined)?.htmlLang;
  return typeof lang === 'string' && /^[a-z]{2}$/.test(lang) ? lang : 'en';
}

/** Marks the site's English words as English on a page whose `<html lang>` is another language. */
export function SiteWordsLanguage({ htmlLang, children }: { htmlLang: string; children: ReactNode }) {
  if (htmlLang === 'en') return <>{children}</>;
  return (
    <div lang="en" className="contents">
      {children}
    </div>
  );
}
