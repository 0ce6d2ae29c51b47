import { describe, expect, it } from 'vitest';
import type { Language } from '../draft/draft-schema';
import { checkReadability } from './readability';
import { contextFor, draftWithSummary } from '../../../test/support/test-drafts';
import { scoreReadability } from './text-statistics';

// Short texts counted by hand: words, sentences, syllables (French: written syllables) and words of more than
// six letters, with each formula worked out. The computed score must match within TOLERANCE: the counts are
// whole numbers, so any miscount moves the score by far more (one syllable in ten words moves Amstad by 5.9).
const TOLERANCE = 0.01;

interface HandCounted {
  language: Language;
  text: string;
  words: number;
  sentences: number;
  syllables: number;
  longWords: number;
  ease: number;
  lix: number;
}

const TEXTS: HandCounted[] = [
  {
    // Wir(1) suchen(2) eine(2) Entwicklerin(4) | Du(1) schreibst(1) gute(2) Programme(3); long: Entwicklerin,
    // schreibst, Programme. Amstad 180 − 8/2 − 58.5·16/8 = 180 − 4 − 117 = 59; LIX 4 + 100·3/8 = 41.5.
    language: 'de',
    text: 'Wir suchen eine Entwicklerin. Du schreibst gute Programme.',
    words: 8,
    sentences: 2,
    syllables: 16,
    longWords: 3,
    ease: 59,
    lix: 41.5,
  },
  {
    // Die(1) Firma(2) arbeitet(3) in(1) Berlin(2) | Wir(1) bieten(2) flexible(3) Arbeitszeiten(4) und(1) ein(1)
    // faires(2) Gehalt(2) | Bewirb(2) dich(1) bis(1) Ende(2) März(1); long: arbeitet, flexible, Arbeitszeiten.
    // Amstad 180 − 18/3 − 58.5·32/18 = 180 − 6 − 104 = 70; LIX 6 + 100·3/18 = 22.667.
    language: 'de',
    text: 'Die Firma arbeitet in Berlin. Wir bieten flexible Arbeitszeiten und ein faires Gehalt. Bewirb dich bis Ende März.',
    words: 18,
    sentences: 3,
    syllables: 32,
    longWords: 3,
    ease: 70,
    lix: 22.667,
  },
  {
    // Nous(1) cherchons(2) une(2) développeuse(5) | Vous(1) aimez(2) le(1) travail(2) en(1) équipe(3); long:
    // cherchons, développeuse, travail. Kandel–Moles 207 − 1.015·5 − 73.6·2 = 54.725; LIX 5 + 100·3/10 = 35.
    language: 'fr',
    text: 'Nous cherchons une développeuse. Vous aimez le travail en équipe.',
    words: 10,
    sentences: 2,
    syllables: 20,
    longWords: 3,
    ease: 54.725,
    lix: 35,
  },
  {
    // Le(1) poste(2) est(1) à(1) Lyon(1) | Vous(1) recevrez(3) un(1) bon(1) salaire(3) et(1) des(1) jours(1) de(1)
    // repos(2); long: recevrez, salaire. Kandel–Moles 207 − 1.015·7.5 − 73.6·21/15 = 207 − 7.6125 − 103.04
    // = 96.3475; LIX 7.5 + 100·2/15 = 20.833.
    language: 'fr',
    text: 'Le poste est à Lyon. Vous recevrez un bon salaire et des jours de repos.',
    words: 15,
    sentences: 2,
    syllables: 21,
    longWords: 2,
    ease: 96.3475,
    lix: 20.833,
  },
  {
    // Buscamos(3) una(2) persona(3) con(1) experiencia(4) | Trabajarás(4) en(1) un(1) equipo(3) pequeño(3); long:
    // Buscamos, persona, experiencia, Trabajarás, pequeño. Fernández Huerta (corrected) 206.84 − 0.60·(100·25/10)
    // − 1.02·(10/2) = 206.84 − 150 − 5.1 = 51.74; LIX 5 + 100·5/10 = 55.
    language: 'es',
    text: 'Buscamos una persona con experiencia. Trabajarás en un equipo pequeño.',
    words: 10,
    sentences: 2,
    syllables: 25,
    longWords: 5,
    ease: 51.74,
    lix: 55,
  },
  {
    // Te(1) gusta(2) el(1) código(3) limpio(2) | Ofrecemos(4) un(1) buen(1) sueldo(2) y(1) días(2) libres(2);
    // long: Ofrecemos. 206.84 − 0.60·(100·22/12) − 1.02·(12/2) = 206.84 − 110 − 6.12 = 90.72; LIX 6 + 100/12.
    language: 'es',
    text: '¿Te gusta el código limpio? Ofrecemos un buen sueldo y días libres.',
    words: 12,
    sentences: 2,
    syllables: 22,
    longWords: 1,
    ease: 90.72,
    lix: 14.333,
  },
  {
    // Wij(1) zoeken(2) een(1) ontwikkelaar(4) | Je(1) werkt(1) in(1) een(1) klein(1) bedrijf(2); long:
    // ontwikkelaar, bedrijf. Douma 206.835 − 0.93·5 − 77·15/10 = 206.835 − 4.65 − 115.5 = 86.685; LIX 5 + 20.
    language: 'nl',
    text: 'Wij zoeken een ontwikkelaar. Je werkt in een klein bedrijf.',
    words: 10,
    sentences: 2,
    syllables: 15,
    longWords: 2,
    ease: 86.685,
    lix: 25,
  },
  {
    // Het(1) salaris(3) is(1) goed(1) | Daarnaast(2) krijg(1) je(1) een(1) fiets(1) van(1) de(1) zaak(1) |
    // Solliciteer(4) voor(1) vrijdag(2); long: salaris, Daarnaast, Solliciteer, vrijdag. Douma 206.835 − 0.93·5
    // − 77·22/15 = 206.835 − 4.65 − 112.9333 = 89.2517; LIX 5 + 100·4/15 = 31.667.
    language: 'nl',
    text: 'Het salaris is goed. Daarnaast krijg je een fiets van de zaak. Solliciteer voor vrijdag.',
    words: 15,
    sentences: 3,
    syllables: 22,
    longWords: 4,
    ease: 89.2517,
    lix: 31.667,
  },
  {
    // We(1) build(1) tools(1) for(1) small(1) teams(1) | You(1) will(1) write(1) code(1) and(1) fix(1) bugs(1);
    // no long word. Flesch 206.835 − 1.015·6.5 − 84.6·1 = 115.6375; LIX 13/2 = 6.5.
    language: 'en',
    text: 'We build tools for small teams. You will write code and fix bugs.',
    words: 13,
    sentences: 2,
    syllables: 13,
    longWords: 0,
    ease: 115.6375,
    lix: 6.5,
  },
  {
    // Our(1) customers(3) expect(2) reliable(4) services(3) | Everyone(3) here(1) values(2) documentation(5);
    // long: customers, reliable, services, Everyone, documentation. Flesch 206.835 − 1.015·4.5 − 84.6·24/9 =
    // 206.835 − 4.5675 − 225.6 = −23.3325; LIX 4.5 + 100·5/9 = 60.056.
    language: 'en',
    text: 'Our customers expect reliable services. Everyone here values documentation.',
    words: 9,
    sentences: 2,
    syllables: 24,
    longWords: 5,
    ease: -23.3325,
    lix: 60.056,
  },
];

describe('readability in each language, against hand-counted texts', () => {
  it.each(TEXTS.map((t) => [t.language, t.text, t] as const))('%s: %s', (language, text, expected) => {
    const score = scoreReadability(text, language)!;
    expect({
      words: score.words,
      sentences: score.sentences,
      syllables: score.syllables,
      longWords: score.longWords,
    }).toEqual({
      words: expected.words,
      sentences: expected.sentences,
      syllables: expected.syllables,
      longWords: expected.longWords,
    });
    expect(Math.abs(score.readingEase - expected.ease)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(score.lix - expected.lix)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('covers every language with two texts', () => {
    for (const language of ['en', 'de', 'fr', 'es', 'nl'] as const) {
      expect(TEXTS.filter((t) => t.language === language)).toHaveLength(2);
    }
  });

  it('names the formula, its band and LIX in the finding, and gives a US grade only in English', () => {
    const german = checkReadability(contextFor({ ...draftWithSummary(TEXTS[1]!.text), language: 'de' }));
    expect(german[0]).toMatchObject({
      id: 'readability:score',
      severity: 'info',
      message:
        'Reading ease 70 (Flesch reading ease for German (Amstad), fairly easy), LIX 23 (very easy): plain enough (target 60).',
    });
    expect(german[0]!.details!.sources!.map((s) => s.title).join(' ')).toMatch(/Amstad.*Björnsson/);
    const french = checkReadability(contextFor({ ...draftWithSummary(TEXTS[2]!.text), language: 'fr' }));
    expect(french[0]).toMatchObject({ severity: 'warning' });
    expect(french[0]!.message).toContain('Kandel and Moles');
    expect(french[0]!.message).not.toContain('US grade');
    expect(french[0]!.suggestion).toContain('French');
  });

  it('scores the same text differently by language: the formula follows the draft', () => {
    const text = TEXTS[0]!.text;
    const german = scoreReadability(text, 'de')!;
    const english = scoreReadability(text, 'en')!;
    expect(german.readingEase).not.toBeCloseTo(english.readingEase, 0);
  });
});
