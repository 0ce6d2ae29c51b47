import { describe, expect, it } from 'vitest';
import { readerLanguage } from './reader-language';

describe('the language of a public page that has no posting to follow', () => {
  it('is the posting’s own when it is known, whatever the browser asks for', () => {
    expect(readerLanguage('fr', 'de-DE,de;q=0.9')).toBe('fr');
  });

  it('is negotiated from Accept-Language otherwise, by quality', () => {
    expect(readerLanguage(undefined, 'de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(readerLanguage(undefined, 'en;q=0.5, nl;q=0.9')).toBe('nl');
    expect(readerLanguage(undefined, 'es-MX')).toBe('es');
  });

  it('falls back to English for no header or only languages it has no words for', () => {
    expect(readerLanguage(undefined, undefined)).toBe('en');
    expect(readerLanguage(undefined, 'ja, zh-CN;q=0.8')).toBe('en');
    expect(readerLanguage(undefined, '*;q=0')).toBe('en');
  });
});
