import { describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft } from '../../shared/draft/example-draft';
import { LANGUAGE_DRAFTS } from './__fixtures__/language-drafts';
import { buildJobPostingJsonLd } from './json-ld';
import { renderMarkdown } from './markdown';

// Catalog skills are named in the draft's language (content/roles/i18n); a custom skill keeps the name typed.

const skills: Draft['skills'] = [
  { id: 'software-development', level: 'required', years: 3 },
  { id: 'postgresql', level: 'required' },
  { id: 'custom:unit-testing-in-go', name: 'Unit testing in Go', level: 'preferred' },
];

const expected = {
  en: 'Software development',
  de: 'Softwareentwicklung',
  fr: 'Développement logiciel',
  es: 'Desarrollo de software',
  nl: 'Softwareontwikkeling',
} as const;

const drafts: [keyof typeof expected, Draft][] = [
  ['en', exampleDraft],
  ...Object.entries(LANGUAGE_DRAFTS).map(
    ([lang, draft]) => [lang as keyof typeof expected, draft] as [keyof typeof expected, Draft],
  ),
];

describe.each(drafts)('skill names in a %s posting', (language, draft) => {
  const withSkills = { ...draft, skills };

  it('follow the language in every template', () => {
    for (const template of ['classic', 'concise', 'conversational']) {
      const markdown = renderMarkdown({ ...withSkills, template });
      expect(markdown).toContain(`- ${expected[language]}`);
      expect(markdown).toContain('- PostgreSQL');
      expect(markdown).toContain('- Unit testing in Go');
      if (language !== 'en') expect(markdown).not.toContain('Software development');
    }
  });

  it('follow the language in the JSON-LD', () => {
    expect(buildJobPostingJsonLd(withSkills).skills).toEqual([expected[language], 'PostgreSQL', 'Unit testing in Go']);
  });
});
