import { describe, expect, it } from 'vitest';
import { originFormTarget } from './request-target';

/** Each target (key) becomes its origin-form (value), or undefined where it names no path. */
function expectTargets(targets: Record<string, string | undefined>) {
  for (const [target, expected] of Object.entries(targets)) expect(originFormTarget(target), target).toBe(expected);
}

describe('originFormTarget (issue 19)', () => {
  it('keeps an origin-form target as it is', () => {
    expectTargets({ '/jobs?page=2': '/jobs?page=2', '/review/a/b/': '/review/a/b/' });
  });

  it('takes only the path and query of an absolute-form target, never its host', () => {
    expectTargets({
      'http://evil.example/jobs': '/jobs',
      'https://evil.example:8443/review/a/b/?x=1': '/review/a/b/?x=1',
      'http://evil.example': '/',
      'http://evil.example//other.example/x': '/other.example/x',
    });
  });

  it('folds leading slashes, which a Location would read as another host', () => {
    expectTargets({ '//evil.example/jobs': '/evil.example/jobs', '///evil.example': '/evil.example' });
  });

  it('refuses a target that names no path', () => {
    for (const target of ['*', 'evil.example/jobs', 'javascript:alert(1)', 'ftp://evil.example/x', '']) {
      expect(originFormTarget(target), target).toBeUndefined();
    }
  });
});
