import { describe, expect, it } from 'vitest';
import { contrastRatio, employerAccent, employerAccentCss } from './employer-accent';

describe('employer accent', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('puts white text on a dark accent and ink on a light one', () => {
    expect(employerAccent('#0B3D2E')).toEqual({ background: '#0b3d2e', text: '#ffffff' });
    expect(employerAccent('#ffd60a')).toEqual({ background: '#ffd60a', text: '#16202e' });
  });

  it('falls back to the theme when no text colour reaches 4.5:1 on the accent', () => {
    // Mid grey-blue: 4.2:1 with white, 4.1:1 with the ink.
    const accent = '#6d7a8c';
    expect(Math.max(contrastRatio(accent, '#ffffff'), contrastRatio(accent, '#16202e'))).toBeLessThan(4.5);
    expect(employerAccent(accent)).toBeUndefined();
  });

  it('ignores what is not a #rrggbb colour', () => {
    expect(employerAccent(undefined)).toBeUndefined();
    expect(employerAccent('red')).toBeUndefined();
    expect(employerAccent('#fff;}body{display:none')).toBeUndefined();
  });

  it('writes two custom properties and nothing else', () => {
    expect(employerAccentCss({ background: '#0b3d2e', text: '#ffffff' })).toBe(
      ':root{--employer-accent:#0b3d2e;--employer-on-accent:#ffffff}\n',
    );
    expect(() => employerAccentCss({ background: 'red}*{x:y', text: '#ffffff' })).toThrow();
  });
});
