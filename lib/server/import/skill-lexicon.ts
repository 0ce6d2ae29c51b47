// Catalog aliases too broad to stand for the skill when met in someone else's text: "coding" is not a skill
// of its own, an ORM is not Entity Framework, ETL is not SSIS. The builder's search still uses them all.
export const IMPORT_IGNORED_ALIASES: readonly string[] = [
  'Coding',
  'Programming',
  'Software developer',
  'Software engineering',
  'Web server',
  'CMS',
  'Content management system',
  'ORM',
  'NoSQL',
  'Document database',
  'ETL',
  'Data integration',
  'Integrations',
  'Web apps',
  'UX',
  'User experience',
  'Interface design',
  'Diagnostics',
  'Stand-ups',
  'Sprints',
  'Jira',
  'ADO',
  'EF',
  'PG',
  'Composer',
  'Threading',
  'Desktop applications',
  'App development',
  'Mobile app development',
  'Web developer',
  'Front-end developer',
  'Web services',
  'Profiling',
  'DataSet',
  'RDL',
  'DTS',
  'Paginated reports',
  'Frontend',
  'HTML',
  'CSS',
  'Full-stack development',
  'Web development',
  'Software development',
  'Application development',
  'Website development',
  'UI',
  'Concurrency',
  'Parallel processing',
  'Next.js',
];

/** Words that are a requirement's frame, not its content: a line of only these and skills is a skill line. */
export const SKILL_LINE_FILLER = new Set(
  (
    'a an and or of in with the to using on at least years year yrs experience experienced strong solid good ' +
    'excellent deep proven working knowledge proficiency proficient familiarity familiar understanding expert ' +
    'expertise skills skill hands-on hands professional background plus is nice have bonus preferred required ' +
    'typically programming language languages framework frameworks such as e.g etc development developing ' +
    'modern including like related tools'
  ).split(' '),
);

/** Spellings postings use that the catalog does not list (the catalog is the builder's, kept as it is). */
export const IMPORT_EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  multithreading: ['Multi-threading', 'Multi-threaded'],
  javascript: ['NodeJS', 'Node JS'],
  postgresql: ['Postgresql'],
};
