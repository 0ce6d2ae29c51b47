import { describe, expect, it } from 'vitest';
import { compileUiMessages, placeholders } from '@/lib/server/ui-locale/ui-messages';
import { UI_LOCALES } from '@/lib/shared/ui-locale/ui-locale';
import { format } from '../ui-text';
import { BUILDER_MESSAGES } from './catalogs';

// Every language has every message, each parses as ICU, and each uses the same placeholders as English:
// a missing key or a renamed `{count}` fails here (CI runs it with the unit tests).

const english = BUILDER_MESSAGES.en;
const others = UI_LOCALES.filter((locale) => locale !== 'en');

describe('builder messages', () => {
  it.each(others)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(BUILDER_MESSAGES[locale]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(others)('%s uses the same placeholders as English in every message', (locale) => {
    const differing = Object.keys(english).filter(
      (id) => placeholders(BUILDER_MESSAGES[locale][id] ?? '').join() !== placeholders(english[id]!).join(),
    );
    expect(differing).toEqual([]);
  });

  it.each(UI_LOCALES)('%s: every message compiles, and none is empty', (locale) => {
    const compiled = compileUiMessages(BUILDER_MESSAGES[locale]);
    expect(Object.entries(BUILDER_MESSAGES[locale]).filter(([, text]) => !text.trim())).toEqual([]);
    expect(Object.keys(compiled)).toHaveLength(Object.keys(english).length);
  });

  it.each(others)('%s is translated: most messages differ from English', (locale) => {
    const same = Object.keys(english).filter((id) => BUILDER_MESSAGES[locale][id] === english[id]);
    // Names and codes stay (Website, LIX, Minimum, US Letter, e.g. examples): a few, never most.
    expect(same.length).toBeLessThan(Object.keys(english).length / 10);
  });

  it('fills values and picks plural forms per language', () => {
    const fill = (locale: 'en' | 'de' | 'fr', id: string, values: Record<string, number | string>) => {
      const compiled = compileUiMessages({ [id]: BUILDER_MESSAGES[locale][id]! })[id]!;
      return format(compiled, values, new Intl.PluralRules(locale), new Intl.NumberFormat(locale));
    };
    expect(fill('en', 'checks.findings', { count: 1 })).toBe('1 finding');
    expect(fill('en', 'checks.findings', { count: 3 })).toBe('3 findings');
    expect(fill('de', 'checks.findings', { count: 3 })).toBe('3 Hinweise');
    // French counts 0 and 1 as singular.
    expect(fill('fr', 'checks.findings', { count: 0 })).toBe('0 remarque');
    expect(fill('de', 'role.summaryHint', { max: 2000 })).toContain('2.000 Zeichen');
    expect(fill('en', 'nav.next', { step: 'Company' })).toBe('Next: Company');
    // An exact branch that is empty still wins over the plural rule's `other`.
    expect(fill('de', 'reviewStep.intro', { open: 0 })).toMatch(/betreffen\.$/);
    expect(fill('de', 'reviewStep.intro', { open: 3 })).toMatch(/betreffen \(3 derzeit offen\)\.$/);
  });

  it('compiles a message with a literal apostrophe and a hash outside a plural as plain text', () => {
    expect(compileUiMessages({ a: "It's #1" }).a).toBe("It's #1");
  });
});
