import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import nl from './nl.json';

// The words of the employer's pages beside the builder (My postings, Import, the 404 pages): ICU message
// sources, one file per language with the same keys (messages.test.ts holds them to that). Read on the server
// only: a page sends the browser its locale's messages, compiled, as the builder does.
export const SITE_MESSAGES: Record<UiLocale, Record<string, string>> = { en, de, fr, es, nl };
