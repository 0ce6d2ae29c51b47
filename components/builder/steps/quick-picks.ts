// Common back end stacks, as catalog skill ids: a starting point the employer then trims.
export const QUICK_PICKS = [
  {
    id: 'dotnet',
    label: '.NET back end',
    skills: ['asp-net', 'asp-net-core', 'entity-framework', 'sql', 'apis', 'iis'],
  },
  {
    id: 'node',
    label: 'JavaScript/Node back end',
    skills: ['javascript', 'apis', 'rest', 'sql', 'postgresql', 'unit-testing'],
  },
  { id: 'php', label: 'PHP/Drupal back end', skills: ['php', 'drupal', 'sql', 'apis', 'mvc'] },
  { id: 'data', label: 'Data and reporting', skills: ['sql', 'ssis', 'ssrs', 'ado-net'] },
] as const;
