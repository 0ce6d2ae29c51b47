import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCountries } from './countries';
import type { Draft } from './draft-schema';
import { exampleDraft } from './example-draft';
import { ISO_3166_ALPHA2 } from './iso-3166-alpha2';
import { validateDraft } from './validate-draft';

// Issue 19: control characters, noncharacters, lone surrogates and (in names) text-direction controls were
// accepted in every text field, and each output treated them differently.

const base: Draft = {
  ...exampleDraft,
  dismissed: [{ finding: 'gender-coded:word:competitive', reason: 'The market uses this word.' }],
};

type Kind = 'name' | 'line' | 'multiline';

/** Every free-text field of a draft, as a path into `base`, with its kind. */
const TEXT_FIELDS: [path: string, kind: Kind][] = [
  ['job.title', 'name'],
  ['job.department', 'line'],
  ['job.summary', 'multiline'],
  ['job.location.city', 'line'],
  ['job.location.region', 'line'],
  ['company.name', 'name'],
  ['company.about', 'multiline'],
  ['company.website', 'line'],
  ['skills.6.name', 'name'],
  ['responsibilities.1', 'multiline'],
  ['benefits.2', 'multiline'],
  ['apply.url', 'line'],
  ['dismissed.0.finding', 'line'],
  ['dismissed.0.reason', 'line'],
];

function withText(path: string, change: (text: string) => string): unknown {
  const draft = structuredClone(base) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node = draft;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  node[last] = change(node[last] as string);
  return draft;
}

const insertAt = (char: string, at: number) => (text: string) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + char + text.slice(i);
};

const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** What no text field takes, by class. */
const FORBIDDEN = {
  c0: char(0, 0x1f).filter((c) => !'\t\n\r'.includes(c)),
  c1AndDelete: char(0x7f, 0x9f),
  noncharacter: fc.oneof(
    char(0xfdd0, 0xfdef),
    fc
      .tuple(fc.integer({ min: 0, max: 16 }), fc.constantFrom(0xfffe, 0xffff))
      .map(([plane, low]) => String.fromCodePoint(plane * 0x10000 + low)),
  ),
  loneSurrogate: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
};
const DIRECTION_CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const MARKS = ['\u200e', '\u200f', '\u061c'];

const refusedAt = (input: unknown) => {
  const result = validateDraft(input);
  return result.success ? [] : result.issues.map((issue) => issue.path);
};

describe('text hygiene in drafts (issue 19)', () => {
  it('accepts the base draft', () => {
    expect(refusedAt(base)).toEqual([]);
  });

  for (const [name, forbidden] of Object.entries(FORBIDDEN)) {
    it(`refuses a ${name} character in every text field, naming the field`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...TEXT_FIELDS), forbidden, fc.nat(), ([path], c, at) => {
          expect(refusedAt(withText(path, insertAt(c, at)))).toContain(path);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('takes tab and line breaks in multi-line fields only', () => {
    for (const [path, kind] of TEXT_FIELDS) {
      for (const breakChar of ['\t', '\n', '\r\n']) {
        const refused = refusedAt(withText(path, (text) => `${text}${breakChar}More`));
        if (kind === 'multiline') expect(refused, `${path} with ${JSON.stringify(breakChar)}`).toEqual([]);
        else expect(refused, `${path} with ${JSON.stringify(breakChar)}`).toContain(path);
      }
    }
  });

  it('refuses text-direction controls in names and keeps them in prose (right-to-left text needs them)', () => {
    for (const [path, kind] of TEXT_FIELDS.filter(([p]) => !/website|url|finding$/.test(p))) {
      for (const control of [...DIRECTION_CONTROLS, ...MARKS]) {
        const refused = refusedAt(withText(path, insertAt(control, 1)));
        if (kind === 'name') expect(refused, `${path} with U+${control.codePointAt(0)!.toString(16)}`).toContain(path);
        else expect(refused, `${path} with U+${control.codePointAt(0)!.toString(16)}`).toEqual([]);
      }
    }
  });

  it('keeps what people really type: accents, scripts, emoji, joiners', () => {
    for (const [path] of TEXT_FIELDS.filter(([p]) => !/website|url|finding$/.test(p))) {
      expect(refusedAt(withText(path, (t) => `${t} Zoë Łukasz 中文 עברית 🚀 👩‍💻`)), path).toEqual([]);
    }
  });

  it('says what is wrong', () => {
    const result = validateDraft(withText('job.title', (t) => `${t}\u0000`));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]!.message).toMatch(/^Job title must not contain control characters/);
  });
});

describe('country codes (issue 19)', () => {
  const withCountry = (country: string) => withText('job.location.country', () => country);

  it.each(['ZZ', 'XK', 'UK', 'EU', 'AA', 'QO', 'SU', 'YU'])('refuses %s, which ISO 3166-1 does not assign', (code) => {
    expect(refusedAt(withCountry(code))).toEqual(['job.location.country']);
    const remote = structuredClone(base);
    remote.job.remoteCountries = ['US', code];
    expect(refusedAt(remote)).toEqual(['job.remoteCountries.1']);
  });

  it('accepts every assigned code, and the builder lists exactly those', () => {
    expect(ISO_3166_ALPHA2).toHaveLength(249);
    for (const code of ISO_3166_ALPHA2) expect(refusedAt(withCountry(code)), code).toEqual([]);
    expect(
      listCountries()
        .map((c) => c.code)
        .sort(),
    ).toEqual([...ISO_3166_ALPHA2]);
  });
});
