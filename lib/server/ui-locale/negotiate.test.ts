import { describe, expect, it } from 'vitest';
import { negotiateUiLocale, switchRedirect, uiLocaleCookie } from './negotiate';

describe('negotiateUiLocale', () => {
  it('takes the browser language, region variants and q-values included', () => {
    expect(negotiateUiLocale({ acceptLanguage: 'de-DE,de;q=0.9,en;q=0.8' })).toBe('de');
    expect(negotiateUiLocale({ acceptLanguage: 'fr-CA' })).toBe('fr');
    expect(negotiateUiLocale({ acceptLanguage: 'pt-BR,nl;q=0.5,en;q=0.4' })).toBe('nl');
  });

  it('falls back to English for no header or no language it has', () => {
    expect(negotiateUiLocale({})).toBe('en');
    expect(negotiateUiLocale({ acceptLanguage: 'ja,zh;q=0.8' })).toBe('en');
  });

  it('prefers the remembered choice to the browser, and ignores a cookie it does not know', () => {
    expect(negotiateUiLocale({ cookie: 'a=1; pw_locale=es', acceptLanguage: 'de' })).toBe('es');
    expect(negotiateUiLocale({ cookie: 'pw_locale=xx', acceptLanguage: 'de' })).toBe('de');
  });
});

describe('the switch', () => {
  it('remembers the choice for a year, site-wide', () => {
    expect(uiLocaleCookie('fr')).toBe('pw_locale=fr; Path=/; Max-Age=31536000; SameSite=Lax');
  });

  it('sends back to the same page without lang, keeping the rest of the query', () => {
    expect(switchRedirect('/build?lang=fr')).toBe('/build');
    expect(switchRedirect('/build?edit=abc&lang=de')).toBe('/build?edit=abc');
  });

  it('never sends to another site', () => {
    expect(switchRedirect('//evil.example/x?lang=de')).toBe('/x');
    expect(switchRedirect('https://evil.example/x?lang=de')).toBe('/x');
    expect(switchRedirect('/.//evil.example?lang=de')).toBe('/');
  });
});
