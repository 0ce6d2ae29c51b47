import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../catalog';
import { LANGUAGES, type Draft, type Language } from '../draft/draft-schema';
import { renderText } from '../../server/render';
import { isStanding, runChecks, type CheckResult, type Finding, type StandingFinding } from '.';
import { hostileDrafts } from '../../../test/support/hostile-drafts';
import { exampleWith } from '../../../test/support/test-drafts';

// The findings are said in the reader's language (`lang`), whatever language the draft is written in: real
// postings from the regression corpus checked with German and French words, and proof that only the words
// change, never what was found.

const corpus = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'real-postings.json'), 'utf8')) as {
  id: string;
  draft: Draft;
}[];
const posting = (id: string) => corpus.find((c) => c.id === id)!.draft;

const TODAY = new Date('2026-11-24T12:00:00Z');
const catalog = getRoleCatalog('back-end-developer')!;

const check = (draft: Draft, lang: Language) =>
  runChecks(draft, { catalog, renderedText: renderText(draft), today: TODAY, lang });
const standing = (result: CheckResult, id: string) =>
  result.findings.filter(isStanding).find((f) => f.id === id) as StandingFinding;

// Philo's posting (English): "We are a young San Francisco-based startup …".
describe.each([
  {
    lang: 'de',
    message: '„young“ ist eine altersbezogene Formulierung.',
    suggestion: 'Versuchen Sie es mit „motivated“.',
  },
  {
    lang: 'fr',
    message: '«\u00a0young\u00a0» est une formulation liée à l’âge.',
    suggestion: 'Essayez «\u00a0motivated\u00a0».',
  },
] as const)('a flagged term in $lang', ({ lang, message, suggestion }) => {
  it('is said in that language, with its quotation marks around the writer’s word', () => {
    const young = standing(check(posting('06'), lang), 'exclusionary:term:young');
    expect(young.message).toBe(message);
    expect(young.suggestion).toBe(suggestion);
  });
});

describe('findings in German', () => {
  const philo = check(posting('06'), 'de');

  it('says why a term is flagged in German and quotes the writer’s sentence as written', () => {
    const young = standing(philo, 'exclusionary:term:young');
    expect(young.details?.why).toMatch(/^Wer die gesuchten Menschen \(oder das Team\) als jung beschreibt/);
    expect(young.excerpt).toContain('We are a young San Francisco-based startup');
  });

  it('says missing parts, length and the gender-coded verdict in German, numbers as German writes them', () => {
    expect(standing(philo, 'completeness:pay').message).toBe('Keine Gehaltsspanne.');
    const length = standing(philo, 'length:too-long');
    expect(length.message).toMatch(/^Zu lang: Die Anzeige hat \d+ Wörter und \d\.\d{3} Zeichen\.$/);
    expect(length.details?.why).toContain('300–700 Wörtern (Textio) und 2.000–10.000 Zeichen (Appcast)');
    expect(standing(philo, 'gender-coded:verdict').message).toMatch(
      /^Die Formulierung (ist neutral|wirkt (stark |eher )?(männlich|weiblich)): \d+ männlich konnotierte? Wörter?/,
    );
  });

  it('says the score, its parts and the checks in German', () => {
    const { score } = philo;
    expect(score.explanation).toMatch(/^Der Score fasst vier gewichtete Teile zusammen: inklusive Sprache 30 %/);
    expect(score.parts.map((p) => p.label)).toEqual([
      'Inklusive Sprache',
      'Lesbarkeit',
      'Vollständigkeit',
      'Rechtliche Vorgaben',
    ]);
    expect(score.checks.find((c) => c.check === 'gender-coded')!.label).toBe('Geschlechtlich konnotierte Wörter');
    expect(score.readability!.formula).toBe('Flesch-Lesbarkeitsindex');
  });

  it('says why a check did not run, naming the draft’s language in German', () => {
    const german = exampleWith({ language: 'de', job: { title: 'Backend-Entwickler' } });
    const result = check(german, 'de');
    expect(result.score.checks.find((c) => c.check === 'exclusionary')!.reason).toMatch(
      /^Für diese Sprache nicht geprüft: .* eine veröffentlichte Liste für Deutsch, die sich zitieren ließe/,
    );
    const title = standing(result, 'job-title:gender-marker');
    expect(title.message).toBe(
      'Der Stellentitel nennt keine Geschlechterangabe wie „(m/w/d)“ und steht nicht in einer inklusiven Form.',
    );
    expect(title.suggestion).toBe(
      'Ergänzen Sie „(m/w/d)“ hinter dem Titel oder schreiben Sie ihn in einer inklusiven Form.',
    );
    expect(title.fix?.replace).toBe('Backend-Entwickler (m/w/d)');
  });
});

describe('findings in French', () => {
  const philo = check(posting('06'), 'fr');

  it('says missing parts, length and readability in French, numbers as French writes them', () => {
    expect(standing(philo, 'completeness:pay').message).toBe('Aucune fourchette de salaire.');
    expect(standing(philo, 'length:too-long').message).toMatch(
      /^Trop long\u00a0: l’annonce compte \d+ mots et \d\u202f\d{3} caractères\.$/,
    );
    const readability = standing(philo, 'readability:score');
    expect(readability.message).toMatch(/^Lisibilité -?\d+ \(indice de lisibilité de Flesch, [a-zé ]+\), LIX \d+ \(/);
    expect(readability.details?.why).toMatch(/\d+ mots en \d+ phrases, \d,\d\d syllabes par mot/);
  });

  it('says a pay law and its places in French', () => {
    const colorado = exampleWith({
      job: { workplace: 'onsite', location: { city: 'Denver', region: 'CO', country: 'US' } },
      compensation: undefined,
    });
    const missing = standing(check(colorado, 'fr'), 'pay-transparency:missing-range');
    expect(missing.message).toBe('Fourchette de salaire obligatoire là où se trouve le poste (Colorado).');
    expect(missing.details?.places?.[0]).toMatch(
      /^Colorado\u00a0: Colorado Equal Pay for Equal Work Act .*, en vigueur depuis le 2021-01-01$/,
    );
  });
});

// Excerpts these checks compose ("SQL: 10 years", "100,000 USD–300,000 USD") are said in the language;
// every other excerpt quotes the draft and must not change.
const COMPOSED_EXCERPTS = new Set(['requirements', 'pay-transparency']);

/** A finding with every text taken out: what was found, where, how bad, how to fix it. */
function substance(finding: Finding) {
  if (finding.dismissed)
    return { id: finding.id, check: finding.check, severity: finding.severity, step: finding.step };
  const { details, excerpt, ...rest } = finding;
  return {
    ...rest,
    message: undefined,
    suggestion: undefined,
    sources: details?.sources,
    excerpt: COMPOSED_EXCERPTS.has(finding.check) ? undefined : excerpt,
  };
}

function scoreSubstance({ score }: CheckResult) {
  return {
    total: score.total,
    language: score.language,
    parts: score.parts.map(({ id, score: points, weight, lost, notChecked }) => ({
      id,
      points,
      weight,
      lost,
      notChecked,
    })),
    checks: score.checks.map(({ check, status }) => ({ check, status })),
    readability: score.readability && { ...score.readability, formula: '', band: '', lixBand: '' },
  };
}

describe('the language of the words changes nothing else', () => {
  const drafts: [string, Draft][] = [
    ...corpus.slice(0, 6).map((c): [string, Draft] => [`posting ${c.id}`, c.draft]),
    ...Object.entries(hostileDrafts),
    ['German draft', exampleWith({ language: 'de', job: { title: 'Backend-Entwickler' } })],
  ];

  it.each(drafts)('%s: the same ids, severities, places, fixes and score in every language', (_name, draft) => {
    const english = check(draft, 'en');
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const other = check(draft, lang);
      expect(other.findings.map(substance), lang).toEqual(english.findings.map(substance));
      expect(scoreSubstance(other), lang).toEqual(scoreSubstance(english));
      expect(other.findings.map((f) => f.message)).not.toEqual(english.findings.map((f) => f.message));
    }
  });
});
