import { describe, expect, it } from 'vitest';
import { originFormTarget } from './request-target';

describe('originFormTarget (issue 19)', () => {
  it('keeps an origin-form target as it is', () => {
    expect(originFormTarget('/jobs?page=2')).toBe('/jobs?page=2');
    expect(originFormTarget('/review/a/b/')).toBe('/review/a/b/');
  });

  it('takes only the path and query of an absolute-form target, never its host', () => {
    expect(originFormTarget('http://evil.example/jobs')).toBe('/jobs');
    expect(originFormTarget('https://evil.example:8443/review/a/b/?x=1')).toBe('/review/a/b/?x=1');
    expect(originFormTarget('http://evil.example')).toBe('/');
    expect(originFormTarget('http://evil.example//other.example/x')).toBe('/other.example/x');
  });

  it('folds leading slashes, which a Location would read as another host', () => {
    expect(originFormTarget('//evil.example/jobs')).toBe('/evil.example/jobs');
    expect(originFormTarget('///evil.example')).toBe('/evil.example');
  });

  it('refuses a target that names no path', () => {
    for (const target of ['*', 'evil.example/jobs', 'javascript:alert(1)', 'ftp://evil.example/x', '']) {
      expect(originFormTarget(target), target).toBeUndefined();
    }
  });
});
