import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDraft } from '../../shared/draft/validate-draft';
import { LANGUAGE_DRAFTS, frenchDraft, germanDraft, spanishDraft, dutchDraft } from './__fixtures__/language-drafts';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { buildJobPostingJsonLd } from './json-ld';
import { renderMarkdown } from './markdown';
import { en } from '../../shared/render/messages/en';
import { renderPdf } from './pdf';
import { renderMessages } from '../../shared/render/render-messages';
import { listTemplates } from './templates';
import { renderText } from './text';

const templates = listTemplates().map((t) => t.id);
const languages = Object.entries(LANGUAGE_DRAFTS);

/** Every string of a message table, nested objects included. */
function messageStrings(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  return Object.values(table as Record<string, unknown>).flatMap(messageStrings);
}

// The public pages' own words (jobPage, jobsList, sharePage) never enter a render: lib/server/publishing checks them.
const PAGE_SECTIONS = new Set(['jobPage', 'jobsList', 'sharePage']);
const templateMessages = Object.fromEntries(Object.entries(en).filter(([section]) => !PAGE_SECTIONS.has(section)));

/** The English words the templates can add: every message, slots taken out, split into words. */
const ENGLISH_WORDS = new Set(
  messageStrings(templateMessages).flatMap((message) => message.replace(/\{\w+\}/g, ' ').match(/\p{L}+/gu) ?? []),
);

// Words these languages share with English for real, spelt the same, so they may appear in a posting in that
// language: seniority titles all four markets hire under untranslated (Junior, Senior, Lead, Principal), German
// and Dutch "online", "Team", "in" and (German) "Remote", "Hybrid", "per E-Mail"; French "sur site" and the PDF's
// "Page"; Dutch "we", "is", "per week"; and our own name. A word listed for one language is still caught in the others.
const SHARED_WORDS: Record<string, string[]> = {
  de: [
    'Junior',
    'Senior',
    'Lead',
    'Principal',
    'Remote',
    'Hybrid',
    'online',
    'Online',
    'Team',
    'in',
    'per',
    'Postwright',
  ],
  fr: ['Junior', 'Senior', 'Lead', 'Principal', 'site', 'Page', 'Postwright'],
  es: ['Junior', 'Senior', 'Principal', 'Postwright'],
  nl: [
    'Junior',
    'Senior',
    'Lead',
    'Principal',
    'online',
    'Online',
    'Team',
    'in',
    'per',
    'week',
    'We',
    'we',
    'is',
    'Postwright',
  ],
};

/** The English words left in a render, with the draft's own words (its user text) not counted. */
function englishLeft(output: string, language: string, userText: string): string[] {
  const userWords = new Set(userText.match(/\p{L}+/gu) ?? []);
  const words = new Set(output.match(/\p{L}+/gu) ?? []);
  return [...words].filter(
    (word) => ENGLISH_WORDS.has(word) && !SHARED_WORDS[language]!.includes(word) && !userWords.has(word),
  );
}

describe.each(languages)('posting in %s', (language, draft) => {
  it('is a valid draft', () => {
    const result = validateDraft(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  // The employer's words, catalog skill names (English until the catalog is translated) and addresses.
  const userText = JSON.stringify(draft) + ' APIs PostgreSQL SQL JavaScript https example';

  describe.each(templates)('template %s', (template) => {
    const markdown = renderMarkdown(draft, { template });
    const text = renderText(draft, { template });
    const html = renderHtml(draft, { template });

    it('matches its golden files (reviewed output; update with `npx vitest run lib/server/render -u`)', async () => {
      await expect(markdown).toMatchFileSnapshot(`__golden__/${language}/${template}.md`);
      await expect(text).toMatchFileSnapshot(`__golden__/${language}/${template}.txt`);
      await expect(html).toMatchFileSnapshot(`__golden__/${language}/${template}.html.txt`);
    });

    it('leaves no English template word behind', () => {
      for (const output of [markdown, text, html]) expect(englishLeft(output, language, userText)).toEqual([]);
    });

    it('writes every heading from the language’s own table', () => {
      const headings = markdown.match(/^## .+$/gm) ?? [];
      expect(headings.length).toBeGreaterThanOrEqual(6);
      const own = new Set(messageStrings(renderMessages(draft.language)));
      const fromEnglish = headings.filter((heading) => messageStrings(en).includes(heading.slice(3)));
      expect(fromEnglish).toEqual([]);
      expect(headings.some((heading) => own.has(heading.slice(3)))).toBe(true);
    });
  });
});

describe('dates, numbers and money in the posting’s language', () => {
  it.each([
    {
      title: 'German: day-dot-month, dot thousands, euro after the amount',
      draft: germanDraft,
      phrases: [
        'Bewerbungsschluss: 28. Februar 2027',
        'Gehalt: 70.000–90.000\u00a0€ pro Jahr',
        'Hybrid, Standort Berlin, Deutschland',
        '• APIs (ab 4 Jahren)\n• PostgreSQL (ab 1 Jahr)\n• SQL (üblich: 4–5 Jahre)',
      ],
    },
    {
      title: 'French: narrow no-break spaces in thousands and before the colon',
      draft: frenchDraft,
      phrases: [
        'Date limite de candidature\u00a0: 15 mars 2027',
        'Salaire\u00a0: 3\u202f500–4\u202f200\u00a0€ par mois',
        'Sur site à Lyon, France',
        '• SQL (généralement 4 à 5 ans)',
      ],
    },
    {
      title: 'Spanish: "de" in dates, countries and "o" in the language',
      draft: spanishDraft,
      phrases: [
        'Plazo de inscripción: 31 de enero de 2027',
        'Salario: 45-60\u00a0€ por hora',
        'En remoto (España, Portugal o México)',
      ],
    },
    {
      title: 'Dutch: euro sign first, lower-case months',
      draft: dutchDraft,
      phrases: [
        'Solliciteren kan tot: 1 april 2027',
        'Salaris: €\u00a04.000-5.200 per maand',
        'Hybride, vanuit Utrecht, Nederland',
      ],
    },
  ])('$title', ({ draft, phrases }) => {
    const text = renderText(draft);
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it('a draft with no language stays English', () => {
    const text = renderText({ ...germanDraft, language: undefined });
    expect(text).toContain('Applications close: 28 February 2027');
    expect(text).toContain('Germany');
  });
});

describe('every export carries the language', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'postwright-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const unzip = (file: string, part: string) => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });

  it.each(languages)('DOCX in %s: the default run language, the words and the metadata', async (language, draft) => {
    const file = path.join(dir, `${language}.docx`);
    writeFileSync(file, await renderDocx(draft));
    const styles = unzip(file, 'word/styles.xml');
    const defaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'));
    expect(defaults).toContain(`<w:lang w:val="${language}-${language === 'en' ? 'US' : language.toUpperCase()}"/>`);
    const body = unzip(file, 'word/document.xml');
    expect(body).toContain(renderMessages(draft.language).classic.howToApply);
    expect(unzip(file, 'docProps/core.xml')).toContain(
      `>${renderMessages(draft.language).document.subject.split('{')[0]}`,
    );
  });

  it.each(languages)('PDF in %s: the catalog’s /Lang and the page footer', async (language, draft) => {
    const file = path.join(dir, `${language}.pdf`);
    const pdf = await renderPdf(draft);
    writeFileSync(file, pdf);
    expect(pdf.toString('latin1')).toContain(`/Lang (${language})`);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const footer = renderMessages(draft.language).document.pageOf.replace('{page}', '1').split('{total}')[0]!;
    expect(text).toMatch(new RegExp(`${footer}\\d`));
  });

  it.each(languages)('JSON-LD in %s: inLanguage, employmentType still the schema.org enum', (language, draft) => {
    const jsonLd = buildJobPostingJsonLd(draft, { datePosted: '2027-01-01' });
    expect(jsonLd.inLanguage).toBe(language);
    expect(jsonLd.employmentType).toBe(draft.job.employmentType);
    expect(jsonLd.description).toBe(renderHtml(draft));
  });
});

describe('templates hold no words of their own', () => {
  it.each(listTemplates())('$id: only Liquid tags, values and Markdown punctuation', ({ file }) => {
    const source = readFileSync(path.join('content/templates', file), 'utf8');
    const outsideLiquid = source
      .replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, '')
      .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, '')
      .replace(/\]\(<[^>]*>\)/g, ']');
    expect(outsideLiquid.match(/\p{L}+/gu) ?? []).toEqual([]);
  });
});

describe('user text in a filled-in sentence', () => {
  it('stays literal: a slot name the employer typed is not filled', () => {
    const draft = { ...germanDraft, job: { ...germanDraft.job, title: '{company} sucht {title}' } };
    const text = renderText(draft, { template: 'conversational' });
    expect(text.split('\n')[0]).toBe('{company} sucht {title} bei Datenwerk GmbH');
  });
});
