import { describe, expect, it } from 'vitest';
import { compileUiMessages } from '@/lib/server/ui-locale/ui-messages';
import { catalogTests } from '@/test/support/ui-catalog-tests';
import { format } from '../ui-text';
import { BUILDER_MESSAGES } from './catalogs';

// Every language has every message, each parses as ICU, and each uses the same placeholders as English:
// a missing key or a renamed `{count}` fails here (CI runs it with the unit tests).

describe('builder messages', () => {
  // Names and codes stay in English (Website, LIX, Minimum, US Letter, e.g. examples): a few, never most.
  catalogTests(BUILDER_MESSAGES);

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
