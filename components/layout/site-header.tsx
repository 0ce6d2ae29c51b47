'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { siteNavigation } from './site-navigation';

// A client component only so that the App Router can tell it the path; on the script-free pages it is
// rendered on the server like everything else and ships no script.
export function SiteHeader() {
  const pathname = usePathname();
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link prefetch={false} href="/" className="text-lg font-bold tracking-tight text-brand-700 no-underline">
          Postwright
        </Link>
        <nav aria-label="Main">
          <ul className="-mx-1 flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {siteNavigation.map((link) => (
              <li key={link.href}>
                <Link
                  prefetch={false}
                  href={link.href}
                  aria-current={pathname === link.href ? 'page' : undefined}
                  className="rounded px-1 py-1 text-slate-700 no-underline hover:text-brand-700 hover:underline aria-[current=page]:text-brand-700 aria-[current=page]:underline"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
