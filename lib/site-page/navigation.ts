/** The site's main navigation, shared by the React layout and the hand-built pages. */
export const siteNavigation = [
  { href: '/build', label: 'Build a posting' },
  { href: '/skills', label: 'Skill catalog' },
  { href: '/postings', label: 'My postings' },
] as const;
