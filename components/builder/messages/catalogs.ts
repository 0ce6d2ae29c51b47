import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import nl from './nl.json';

// The builder's ICU message sources, one file per language with the same keys (ui-messages.test.ts holds
// them to that). Read on the server only: the page sends the browser its locale's messages, compiled.
export const BUILDER_MESSAGES: Record<UiLocale, Record<string, string>> = { en, de, fr, es, nl };
