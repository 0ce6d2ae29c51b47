import type { Language } from './draft-schema';

/** The posting languages by their English names, for messages written in English (API errors, check states, the builder's panels). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  nl: 'Dutch',
};
