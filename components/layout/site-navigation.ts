/** The site's main navigation: one list for every page, App Router and Pages Router alike. */
export const siteNavigation = [
  { href: '/build', label: 'Build a posting' },
  { href: '/skills', label: 'Skill catalog' },
  { href: '/postings', label: 'My postings' },
] as const;
