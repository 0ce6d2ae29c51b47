import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '@/components/builder/ui-text';
import { FIELD_NAMES } from '@/lib/shared/import/review-field-labels';
import { compileUiMessages } from '@/lib/server/ui-locale/ui-messages';
import { UI_LOCALES } from '@/lib/shared/ui-locale/ui-locale';
import { catalogTests } from '@/test/support/ui-catalog-tests';
import { bareEnglish } from '@/test/support/bare-english';
import { errorPageText } from '../error-page-text';
import { SITE_MESSAGES } from './catalogs';

// The employer's pages beside the builder (My postings, Import, the 404 pages), held to what the builder's
// messages are held to: every language has every message, each parses as ICU with the English placeholders,
// most are translated, and the pages' components take their words from here, not from English in the code.

const english = SITE_MESSAGES.en;
const root = path.resolve(import.meta.dirname, '../../..');

describe('site messages', () => {
  // Names and codes stay in English (Version {version}, Website, Review: {message}): a few, never most.
  catalogTests(SITE_MESSAGES);

  it.each(UI_LOCALES)('%s: the 404 pages’ messages are plain text, handed over uncompiled', (locale) => {
    const { messages } = errorPageText(locale);
    expect(Object.keys(messages)).toEqual(['notFound.title', 'notFound.heading', 'notFound.body', 'notFound.home']);
    expect(compileUiMessages(messages as Record<string, string>)).toEqual(messages);
  });

  it('names every field the import review can name', () => {
    expect(FIELD_NAMES.filter((field) => !(`field.${field}` in english))).toEqual([]);
  });

  it('counts open comments with each language’s plural forms', () => {
    const fill = (locale: 'en' | 'de' | 'fr', count: number) => {
      const compiled = compileUiMessages({ m: SITE_MESSAGES[locale]['review.openComments']! }).m!;
      return format(compiled, { count }, new Intl.PluralRules(locale), new Intl.NumberFormat(locale));
    };
    expect(fill('en', 1)).toBe('1 open comment');
    expect(fill('de', 2)).toBe('2 offene Kommentare');
    // French counts 0 as singular.
    expect(fill('fr', 0)).toBe('0 commentaire ouvert');
  });
});

const SITE_PAGE_FILES = [
  'pages/postings.tsx',
  'pages/import.tsx',
  'pages/404.tsx',
  'pages/[...unknown].tsx',
  'components/site-text/not-found-notice.tsx',
  'components/site-text/site-language-switch.tsx',
  'components/share/my-postings-list.tsx',
  'components/share/posting-publication-status.tsx',
  'components/share/copy-button.tsx',
  'components/review/posting-review-status.tsx',
  'components/review/review-link-panel.tsx',
  'components/import/import-flow.tsx',
  'components/import/import-start.tsx',
  'components/import/import-review.tsx',
  'components/import/review-line-row.tsx',
];

describe('the site pages have no bare English', () => {
  it.each(SITE_PAGE_FILES)('%s', (file) => {
    expect(bareEnglish(file, readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });
});
