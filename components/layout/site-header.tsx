import { siteNavigation } from './site-navigation';

// A page under a link's path is that link's page too (`/skills/search` renders the catalog's filtered views).
const isCurrent = (path: string, href: string) => path === href || path.startsWith(`${href}/`);

// Plain links: every page is a full page load (the script-free pages have no router to hand over to), and
// the header ships no script of its own.
export function SiteHeader({ currentPath }: { currentPath: string }) {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="text-lg font-bold tracking-tight text-brand-700 no-underline">
          Postwright
        </a>
        <nav aria-label="Main">
          <ul className="-mx-1 flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {siteNavigation.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  aria-current={isCurrent(currentPath, link.href) ? 'page' : undefined}
                  className="rounded px-1 py-1 text-slate-700 no-underline hover:text-brand-700 hover:underline aria-[current=page]:text-brand-700 aria-[current=page]:underline"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
