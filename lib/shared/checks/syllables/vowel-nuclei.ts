import type { Language } from '../../draft/draft-schema';

// Where the vowel sounds of a word are, per language: a syllable has one vowel nucleus, and a nucleus is one
// vowel or a spelling that is read as one sound (German "ei", French "eau", Dutch "ij"). The hyphenation
// patterns then split the nuclei they know to be two syllables ("Ide-en", "po-e-ma" stays with the rules below).

export type NucleusLanguage = Exclude<Language, 'en'>;

/** Vowel letters of each language (y counts where the language reads it as a vowel). */
const VOWELS: Record<NucleusLanguage, string> = {
  de: 'aeiouyäöü',
  fr: 'aeiouyàâäéèêëîïôöùûüœæ',
  es: 'aeiouáéíóúüy',
  nl: 'aeiouyëïöüéèáóú',
};

/** Letter groups read as one vowel sound, longest first (a letter with a diaeresis always starts anew). */
const GROUPS: Record<NucleusLanguage, readonly string[]> = {
  de: ['äu', 'eu', 'ei', 'ai', 'au', 'ie', 'ey', 'ay', 'aa', 'ee', 'oo'],
  // i before a vowel is a glide in written French ("bien", "na-tion", "ex-pé-rience"); so is the u of "ui".
  fr: [
    'eau',
    'oeu',
    'ieu',
    'œu',
    'ai',
    'ei',
    'au',
    'eu',
    'ou',
    'oi',
    'ui',
    'ay',
    'oy',
    'ey',
    'ia',
    'ie',
    'io',
    'iu',
    'ié',
    'iè',
    'ue',
  ],
  // Spanish is handled by strong and weak vowels instead (see spanishRun).
  es: [],
  nl: ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ij', 'ou', 'au'],
};

// Spanish: a, e, o and an accented í or ú are strong; two strong vowels side by side are two syllables
// (le-er, dí-a), a weak one (i, u, ü, y) joins its neighbour in a diphthong (cui-da-do, ciu-dad, buey).
const SPANISH_STRONG = new Set('aeoáéóíú');

export interface Nucleus {
  start: number;
  end: number;
}

const isVowel = (language: NucleusLanguage, letters: string, i: number): boolean => {
  const c = letters[i]!;
  if (c === 'j') return language === 'nl' && letters[i - 1] === 'i';
  if (!VOWELS[language].includes(c)) return false;
  // The u of "qu" is not sounded, nor in Spanish and French that of "gue", "gui" (guerra, guide).
  if (c === 'u' && letters[i - 1] === 'q') return false;
  if (c === 'u' && letters[i - 1] === 'g' && (language === 'es' || language === 'fr')) {
    if ('eiéíèêy'.includes(letters[i + 1] ?? '')) return false;
  }
  // Spanish and French y before a vowel is a consonant ("ya", "payer" reads pa-yer).
  if (c === 'y' && (language === 'es' || language === 'fr') && VOWELS[language].includes(letters[i + 1] ?? '')) {
    return language === 'fr' && i > 0 && VOWELS.fr.includes(letters[i - 1]!);
  }
  return true;
};

function spanishRun(run: string, start: number, out: Nucleus[]) {
  let from = 0;
  for (let i = 1; i < run.length; i++) {
    if (SPANISH_STRONG.has(run[i - 1]!) && SPANISH_STRONG.has(run[i]!)) {
      out.push({ start: start + from, end: start + i });
      from = i;
    }
  }
  out.push({ start: start + from, end: start + run.length });
}

function groupedRun(language: NucleusLanguage, run: string, start: number, out: Nucleus[]) {
  for (let i = 0; i < run.length;) {
    const group = 'ëïöü'.includes(run[i]!) ? undefined : GROUPS[language].find((g) => run.startsWith(g, i));
    const length = group?.length ?? 1;
    out.push({ start: start + i, end: start + i + length });
    i += length;
  }
}

/** A French word's final mute e after a vowel ("joie", "année", "jouent") is not a syllable of its own. */
function frenchMuteEnd(letters: string): number {
  const match = /(?<=[aeiouyéèêâîôûœ])(?:e|es|ent)$/u.exec(letters);
  return match ? match.index : letters.length;
}

/** The vowel nuclei of a lowercase word (letters only), in order. */
export function vowelNuclei(language: NucleusLanguage, letters: string): Nucleus[] {
  const end = language === 'fr' ? frenchMuteEnd(letters) : letters.length;
  const out: Nucleus[] = [];
  for (let i = 0; i < end;) {
    if (!isVowel(language, letters, i)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < end && isVowel(language, letters, j)) j += 1;
    const run = letters.slice(i, j);
    if (language === 'es') spanishRun(run, i, out);
    else groupedRun(language, run, i, out);
    i = j;
  }
  return out;
}
