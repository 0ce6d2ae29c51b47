import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../draft/example-draft';
import { validateDraft } from '../draft/validate-draft';
import { storedPostingSchema } from './stored-posting';

describe('a stored posting', () => {
  it('reads back a draft stored before a rule tightened (issue 19), so its owner can still open and fix it', () => {
    const old = {
      ...exampleDraft,
      job: { ...exampleDraft.job, title: 'Back End Developer\u202e', location: { city: 'Pristina', country: 'XK' } },
    };
    expect(validateDraft(old).success).toBe(false);
    const stored = {
      id: 'p1',
      version: 3,
      draft: old,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-02T10:00:00.000Z',
      expiresAt: null,
    };
    expect(storedPostingSchema.parse(stored)).toEqual(stored);
    expect(storedPostingSchema.safeParse({ ...stored, draft: 'not a draft' }).success).toBe(false);
  });
});
