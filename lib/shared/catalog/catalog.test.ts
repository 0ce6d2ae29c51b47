import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../../content/roles/back-end-developer.json';
import rawResponsibilities from '../../../content/responsibilities/back-end-developer.json';
import rawBenefits from '../../../content/benefits.json';
import {
  ContentError,
  getBenefits,
  getResponsibilities,
  getRoleCatalog,
  listRoleIds,
  parseBenefitLibrary,
  parseResponsibilityLibrary,
  parseRoleCatalog,
  slugify,
  type RoleCatalog,
} from './index';
import { normalizeSearchTerm } from './search';

const catalog = getRoleCatalog('back-end-developer')!;
const responsibilities = getResponsibilities('back-end-developer');

/** The guide's 28 skills in its order: [name, share of postings %, typical years min, max]. */
const GUIDE_FIGURES: ReadonlyArray<readonly [string, number, number, number]> = [
  ['APIs', 46.8, 4, 5],
  ['JavaScript', 41.9, 4, 5],
  ['SQL', 33.1, 4, 5],
  ['REST', 26.3, 4, 5],
  ['React', 22.2, 4, 5],
  ['Software development', 17.6, 3, 4],
  ['MVC', 14.1, 4, 5],
  ['ASP.NET', 14, 4, 5],
  ['Application development', 13.9, 5, 6],
  ['PostgreSQL', 13.8, 3, 4],
  ['Scrum', 11.2, 4, 5],
  ['Debugging', 8.2, 4, 5],
  ['PHP', 7.6, 3, 4],
  ['Unit testing', 6.6, 4, 5],
  ['Entity Framework', 6.1, 4, 5],
  ['MongoDB', 5.2, 4, 5],
  ['Web development', 3.6, 3, 4],
  ['Drupal', 3.4, 4, 5],
  ['IIS', 3.3, 3, 4],
  ['AJAX', 2.8, 5, 6],
  ['ASP', 1.8, 4, 5],
  ['UI', 1.7, 4, 5],
  ['Front-end development', 1.5, 6, 7],
  ['Multithreading', 1.5, 3, 4],
  ['ADO.NET', 1.5, 3, 4],
  ['SSRS', 1.3, 3, 4],
  ['SSIS', 1.3, 3, 4],
  ['ASP.NET Core', 1.1, 3, 4],
];

/** The source guide lives outside the repo (../shared/seed in CI); it is never copied into it. */
const GUIDE_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/seed/back-end-developer-skills-guide.txt',
);
const guideAvailable = existsSync(GUIDE_PATH);

interface GuideEntry {
  name: string;
  definition: string;
  years?: string;
  share?: string;
}

/** Reads the guide's skill blocks: a name line, then "• Definition : …", years and share lines. */
function readGuide(): GuideEntry[] {
  const lines = readFileSync(GUIDE_PATH, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const entries: GuideEntry[] = [];
  lines.forEach((line, index) => {
    const definition = /^•\s*Definition\s*:\s*(.+)$/.exec(line);
    if (definition) {
      entries.push({ name: lines[index - 1]!, definition: definition[1]! });
      return;
    }
    const current = entries.at(-1);
    if (!current) return;
    const years = /most commonly required:\s*(\d+-\d+)/.exec(line);
    if (years) current.years = years[1];
    const share = /found in ([\d.]+)%/.exec(line);
    if (share) current.share = share[1];
  });
  return entries;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every run of `size` consecutive words, joined, so two texts can be compared for copied phrases. */
function shingles(text: string, size: number): Set<string> {
  const list = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + size <= list.length; i++) runs.add(list.slice(i, i + size).join(' '));
  return runs;
}

/** A fresh, mutable copy of the shipped catalog JSON to break on purpose. */
function cloneCatalog(): RoleCatalog {
  return structuredClone(rawCatalog) as RoleCatalog;
}

function expectContentError(run: () => unknown, ...fragments: string[]): ContentError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ContentError);
  const error = caught as ContentError;
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

describe('back end developer catalog', () => {
  it('is the only role and unknown roles are absent', () => {
    expect(listRoleIds()).toEqual(['back-end-developer']);
    expect(getRoleCatalog('front-end-developer')).toBeUndefined();
    expect(getRoleCatalog('__proto__')).toBeUndefined();
    expect(getResponsibilities('front-end-developer')).toEqual([]);
  });

  it('has the 28 skills of the guide with unique ids that are the slug of their names', () => {
    expect(catalog.id).toBe('back-end-developer');
    expect(catalog.title).toBe('Back End Developer');
    expect(catalog.skills).toHaveLength(28);
    const ids = catalog.skills.map((s) => s.id);
    expect(new Set(ids).size).toBe(28);
    for (const skill of catalog.skills) expect(skill.id).toBe(slugify(skill.name));
    expect(ids).toEqual(
      expect.arrayContaining(['apis', 'asp-net', 'asp-net-core', 'ado-net', 'front-end-development']),
    );
  });

  it('keeps shares and typical years in range', () => {
    for (const skill of catalog.skills) {
      expect(skill.postingShare).toBeGreaterThanOrEqual(0);
      expect(skill.postingShare).toBeLessThanOrEqual(100);
      expect(skill.typicalYears.min).toBeLessThanOrEqual(skill.typicalYears.max);
    }
  });

  it('carries over every figure of the guide exactly, in the guide order', () => {
    const actual = catalog.skills.map((s) => [s.name, s.postingShare, s.typicalYears.min, s.typicalYears.max]);
    expect(actual).toEqual(GUIDE_FIGURES);
  });

  it('is sorted by share of postings, most common first', () => {
    const shares = catalog.skills.map((s) => s.postingShare);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(catalog.skills[0]!.name).toBe('APIs');
  });

  it('places every skill in a known category and uses every category', () => {
    const categoryIds = catalog.categories.map((c) => c.id);
    expect(new Set(categoryIds).size).toBe(categoryIds.length);
    expect(categoryIds).toEqual(
      expect.arrayContaining(['languages', 'frameworks', 'data', 'apis-architecture', 'practices', 'microsoft']),
    );
    for (const skill of catalog.skills) expect(categoryIds).toContain(skill.category);
    for (const id of categoryIds) expect(catalog.skills.some((s) => s.category === id)).toBe(true);
    expect(catalog.categories.find((c) => c.id === 'microsoft')!.name).toBe('The Microsoft stack');
    const microsoft = catalog.skills.filter((s) => s.category === 'microsoft').map((s) => s.id);
    expect(microsoft.sort()).toEqual(
      ['ado-net', 'asp', 'asp-net', 'asp-net-core', 'entity-framework', 'iis', 'ssis', 'ssrs'].sort(),
    );
  });

  it('writes a plain definition for every skill', () => {
    for (const skill of catalog.skills) {
      expect(skill.definition.length).toBeGreaterThanOrEqual(20);
      expect(skill.definition.length).toBeLessThanOrEqual(400);
      expect(skill.definition).toMatch(/^[A-Z].*\.$/s);
      expect(skill.definition).toBe(skill.definition.trim());
    }
    expect(catalog.skills.find((s) => s.id === 'rest')!.definition).toMatch(/architectural style/i);
  });
});

describe('aliases', () => {
  const owners = new Map<string, string>();
  for (const skill of catalog.skills) {
    for (const alias of skill.aliases) owners.set(normalizeSearchTerm(alias), skill.id);
  }

  it('never point at two skills, even ignoring case and punctuation, and never repeat a skill name', () => {
    const seen = new Map<string, string>();
    const names = new Map(catalog.skills.map((s) => [normalizeSearchTerm(s.name), s.id]));
    for (const skill of catalog.skills) {
      for (const alias of skill.aliases) {
        const key = normalizeSearchTerm(alias);
        expect(key, `alias "${alias}" of ${skill.id}`).not.toBe('');
        const other = seen.get(key);
        expect(other === undefined || other === skill.id, `alias "${alias}" on ${skill.id} and ${other}`).toBe(true);
        seen.set(key, skill.id);
        expect(names.has(key), `alias "${alias}" of ${skill.id} is a skill name`).toBe(false);
      }
    }
  });

  it.each([
    ['Postgres', 'postgresql'],
    ['psql', 'postgresql'],
    ['JS', 'javascript'],
    ['Node.js', 'javascript'],
    ['.NET', 'asp-net'],
    ['dotnet', 'asp-net'],
    ['.NET Core', 'asp-net-core'],
    ['EF Core', 'entity-framework'],
    ['Mongo', 'mongodb'],
    ['RESTful', 'rest'],
    ['API', 'apis'],
    ['TDD', 'unit-testing'],
    ['Jest', 'unit-testing'],
    ['Agile', 'scrum'],
    ['SQL Server Reporting Services', 'ssrs'],
    ['SQL Server Integration Services', 'ssis'],
    ['Internet Information Services', 'iis'],
  ])('"%s" is an alias of %s', (alias, skillId) => {
    expect(owners.get(normalizeSearchTerm(alias))).toBe(skillId);
  });
});

describe('responsibility library', () => {
  const skillIds = new Set(catalog.skills.map((s) => s.id));

  it('has at least 40 statements with unique ids, each tied to 1–4 existing skills', () => {
    expect(responsibilities.length).toBeGreaterThanOrEqual(40);
    expect(new Set(responsibilities.map((r) => r.id)).size).toBe(responsibilities.length);
    for (const item of responsibilities) {
      expect(item.skills.length, item.id).toBeGreaterThanOrEqual(1);
      expect(item.skills.length, item.id).toBeLessThanOrEqual(4);
      expect(new Set(item.skills).size, item.id).toBe(item.skills.length);
      for (const skill of item.skills) expect(skillIds.has(skill), `${item.id} → ${skill}`).toBe(true);
    }
  });

  it('covers every skill, and the most common skills several times', () => {
    const counts = new Map<string, number>();
    for (const item of responsibilities) {
      for (const skill of item.skills) counts.set(skill, (counts.get(skill) ?? 0) + 1);
    }
    for (const skill of catalog.skills) expect(counts.get(skill.id) ?? 0, skill.id).toBeGreaterThan(0);
    for (const popular of ['apis', 'javascript', 'sql', 'rest', 'postgresql']) {
      expect(counts.get(popular), popular).toBeGreaterThanOrEqual(3);
    }
  });

  it('reads like a posting line: one sentence, starting with a capital, in neutral words', () => {
    const banned = /\b(rock ?stars?|ninjas?|gurus?|he|she|him|his|hers?|guys|manpower|salesman|chairman)\b/i;
    for (const { id, text } of responsibilities) {
      expect(text, id).toBe(text.trim());
      expect(text.length, id).toBeGreaterThanOrEqual(10);
      expect(text.length, id).toBeLessThanOrEqual(300);
      expect(text, id).toMatch(/^[A-Z][a-z]+[ ,]/);
      expect(text, id).toMatch(/[^.]\.$/);
      // One sentence: no full stop followed by another sentence.
      expect(text.slice(0, -1), id).not.toMatch(/[.!?]\s+[A-Z]/);
      expect(text, id).not.toMatch(banned);
    }
  });
});

describe('benefit library', () => {
  it('lists common benefits with unique ids in a handful of categories', () => {
    const benefits = getBenefits();
    expect(benefits.length).toBeGreaterThanOrEqual(20);
    expect(new Set(benefits.map((b) => b.id)).size).toBe(benefits.length);
    expect(new Set(benefits.map((b) => b.text.toLowerCase())).size).toBe(benefits.length);
    const categories = new Set(benefits.map((b) => b.category));
    for (const category of ['health', 'time-off', 'money', 'growth', 'flexibility', 'family']) {
      expect(categories.has(category), category).toBe(true);
    }
    for (const { id, text } of benefits) {
      expect(text, id).toBe(text.trim());
      expect(text, id).toMatch(/^[A-Z0-9]/);
    }
  });

  it('refuses a duplicate id, naming it', () => {
    const broken = structuredClone(rawBenefits);
    broken.items.push({ ...broken.items[0]! });
    expectContentError(() => parseBenefitLibrary(broken), `"${broken.items[0]!.id}": duplicate id`);
  });
});

describe('a broken catalog is refused, naming the entry', () => {
  it('accepts the shipped files as they are', () => {
    const parsed = parseRoleCatalog(rawCatalog);
    expect(parsed.skills).toHaveLength(28);
    expect(parseResponsibilityLibrary(rawResponsibilities, parsed).items.length).toBe(responsibilities.length);
  });

  it('refuses typical years whose minimum exceeds the maximum', () => {
    const broken = cloneCatalog();
    broken.skills[3]!.typicalYears = { min: 6, max: 2 };
    const error = expectContentError(() => parseRoleCatalog(broken, 'test catalog'), 'REST', 'typicalYears');
    expect(error.message).toContain('test catalog is invalid');
    expect(error.problems).toHaveLength(1);
  });

  it('refuses a duplicate skill id', () => {
    const broken = cloneCatalog();
    broken.skills.push({ ...broken.skills[0]! });
    expectContentError(() => parseRoleCatalog(broken), 'skills[28] "APIs"', 'duplicate skill id "apis"');
  });

  it('refuses a skill in an unknown category', () => {
    const broken = cloneCatalog();
    broken.skills[5]!.category = 'cooking';
    expectContentError(() => parseRoleCatalog(broken), 'Software development', 'unknown category "cooking"');
  });

  it('refuses an id that is not the slug of the name', () => {
    const broken = cloneCatalog();
    broken.skills[7]!.id = 'aspnet';
    expectContentError(() => parseRoleCatalog(broken), 'ASP.NET', 'must have id "asp-net"');
  });

  it('refuses a share of postings above 100 and unknown fields', () => {
    const broken = cloneCatalog();
    broken.skills[1]!.postingShare = 419;
    (broken.skills[2] as unknown as Record<string, unknown>).level = 'expert';
    const error = expectContentError(() => parseRoleCatalog(broken), 'JavaScript', 'postingShare', 'SQL', 'level');
    expect(error.problems).toHaveLength(2);
  });

  it('refuses a responsibility that names an unknown skill', () => {
    const broken = structuredClone(rawResponsibilities);
    const item = broken.items[4]!;
    item.skills = ['apis', 'kafka'];
    expectContentError(
      () => parseResponsibilityLibrary(broken, catalog, 'test library'),
      `items[4] "${item.id}"`,
      'unknown skill "kafka"',
    );
  });

  it('refuses a duplicate responsibility id and a library for another role', () => {
    const broken = structuredClone(rawResponsibilities);
    broken.items.push({ ...broken.items[0]! });
    broken.roleId = 'front-end-developer';
    expectContentError(
      () => parseResponsibilityLibrary(broken, catalog),
      `"${broken.items[0]!.id}": duplicate id`,
      'roleId "front-end-developer"',
    );
  });
});

describe('agreement with the source guide', () => {
  it.skipIf(!guideAvailable)('has the same skills and figures as the guide file', () => {
    const guide = readGuide();
    expect(guide.map((g) => g.name)).toEqual(catalog.skills.map((s) => s.name));
    for (const [index, entry] of guide.entries()) {
      const skill = catalog.skills[index]!;
      expect(entry.share, entry.name).toBe(String(skill.postingShare));
      expect(entry.years, entry.name).toBe(`${skill.typicalYears.min}-${skill.typicalYears.max}`);
    }
  });

  it.skipIf(!guideAvailable)('writes its own definitions: no run of 6 words copied from the guide', () => {
    const guide = new Map(readGuide().map((g) => [g.name, g.definition]));
    expect(guide.size).toBe(28);
    for (const skill of catalog.skills) {
      const source = guide.get(skill.name);
      expect(source, skill.name).toBeDefined();
      const copied = [...shingles(skill.definition, 6)].filter((run) => shingles(source!, 6).has(run));
      expect(copied, `${skill.name} copies the guide`).toEqual([]);
    }
  });
});
