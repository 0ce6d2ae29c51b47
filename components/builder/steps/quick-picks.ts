// Common back end stacks, as catalog skill ids: a starting point the employer then trims. Their names are
// messages (`skills.quick.<id>`).
export const QUICK_PICKS = [
  {
    id: 'dotnet',
    skills: ['asp-net', 'asp-net-core', 'entity-framework', 'sql', 'apis', 'iis'],
  },
  {
    id: 'node',
    skills: ['javascript', 'apis', 'rest', 'sql', 'postgresql', 'unit-testing'],
  },
  { id: 'php', skills: ['php', 'drupal', 'sql', 'apis', 'mvc'] },
  { id: 'data', skills: ['sql', 'ssis', 'ssrs', 'ado-net'] },
] as const;
