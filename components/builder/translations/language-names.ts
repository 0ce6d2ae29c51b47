import type { Language } from '@/lib/draft/draft-schema';

/** The languages a posting may be written in, by their English names (the builder's words are English). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  nl: 'Dutch',
};
