import type { Language } from '../../shared/draft/draft-schema';
import { preferredLanguage } from '../ui-locale/negotiate';

/**
 * The language of a page about a job that cannot be shown (404 / 410): the posting's own when it is known
 * (a job that has left still has its draft), else the best the browser accepts (`Accept-Language`), else
 * English. Only the five posting languages are offered, so the answer always has a message table.
 */
export function readerLanguage(known: Language | undefined, acceptLanguage: string | undefined): Language {
  return known ?? preferredLanguage(acceptLanguage);
}
