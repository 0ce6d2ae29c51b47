import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../../shared/import/import-contract';

// The regression corpus: 25 real postings as published (NN.source.md) and the same split by a person
// (NN.json), plus the catalog skills a person found in each (catalog-skills.json). Scores an import
// against them, section by section.

export const CORPUS_DIR = path.join(import.meta.dirname, 'real-postings');

export interface CorpusPosting {
  id: string;
  source: string;
  human: {
    title: string;
    company: string;
    about: string;
    summary: string;
    responsibilities: string[];
    requirements: string[];
    benefits: string[];
    full_text: string;
  };
}

export function loadCorpus(): CorpusPosting[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.source.md'))
    .sort()
    .map((file) => {
      const id = file.slice(0, 2);
      return {
        id,
        source: readFileSync(path.join(CORPUS_DIR, file), 'utf8'),
        human: JSON.parse(readFileSync(path.join(CORPUS_DIR, `${id}.json`), 'utf8')) as CorpusPosting['human'],
      };
    });
}

export const norm = (text: string) =>
  text
    .replace(/[*_`]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** Sentences of a text: the unit "nothing lost" is measured in. */
export function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => norm(line).split(/(?<=[.!?])\s+(?=[A-Z“"(])/))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every text the result keeps: the draft's text fields, unplaced, and the lines placed into facts. */
export function keptText(result: ImportResult): string {
  return [...strings(result.draft), ...result.unplaced, ...result.placed.map((p) => p.from)].map(norm).join('\n');
}

export interface SectionScore {
  items: number;
  inOwnField: number;
}

export interface PostingScore {
  id: string;
  title: boolean;
  company: boolean;
  sections: Record<'about' | 'summary' | 'responsibilities' | 'requirements' | 'benefits', SectionScore>;
  lostSentences: string[];
  sentences: number;
}

const contains = (haystack: string[], needle: string) => {
  const n = norm(needle);
  return haystack.some((h) => norm(h).includes(n) || (n.length > 20 && n.includes(norm(h)) && norm(h).length > 20));
};

export function scorePosting(posting: CorpusPosting, result: ImportResult): PostingScore {
  const draft = result.draft as {
    job?: { title?: string; summary?: string };
    company?: { name?: string; about?: string };
    responsibilities?: string[];
    qualifications?: string[];
    benefits?: string[];
  };
  const skillLines = result.placed.filter((p) => p.field.startsWith('skills.')).map((p) => p.from);
  const own = {
    about: (draft.company?.about ?? '').split('\n\n'),
    summary: (draft.job?.summary ?? '').split('\n\n'),
    responsibilities: draft.responsibilities ?? [],
    requirements: [...(draft.qualifications ?? []), ...skillLines],
    benefits: draft.benefits ?? [],
  };
  const human = posting.human;
  const items = {
    about: human.about ? human.about.split('\n\n') : [],
    summary: human.summary ? human.summary.split('\n\n') : [],
    responsibilities: human.responsibilities,
    requirements: human.requirements,
    benefits: human.benefits,
  };
  const sections = Object.fromEntries(
    Object.entries(items).map(([name, list]) => [
      name,
      { items: list.length, inOwnField: list.filter((item) => contains(own[name as keyof typeof own], item)).length },
    ]),
  ) as PostingScore['sections'];
  const kept = keptText(result);
  const all = sentences(human.full_text);
  return {
    id: posting.id,
    title: norm(draft.job?.title ?? '') === norm(human.title),
    company: norm(draft.company?.name ?? '').toLowerCase() === norm(human.company).toLowerCase(),
    sections,
    lostSentences: all.filter((s) => !kept.includes(s)),
    sentences: all.length,
  };
}
