import { describe, expect, it } from 'vitest';
import { notApprovedReason } from './approval-words';

const verdict = (version: number, v: 'approve' | 'changes') => ({
  version,
  verdict: v,
  author: 'Priya',
  createdAt: '2026-12-01T10:00:00.000Z',
});

describe('notApprovedReason', () => {
  it('is null for the approved version', () => {
    expect(notApprovedReason(3, { approvedVersion: 3, latestVerdict: verdict(3, 'approve') })).toBeNull();
  });

  it('names the latest verdict, and its version when it is another', () => {
    expect(notApprovedReason(3, { latestVerdict: verdict(3, 'changes') })).toBe(
      'Version 3 is not approved (changes requested by Priya)',
    );
    expect(notApprovedReason(3, { approvedVersion: 2, latestVerdict: verdict(2, 'approve') })).toBe(
      'Version 3 is not approved (approved by Priya on version 2)',
    );
    expect(notApprovedReason(1, {})).toBe('Version 1 is not approved (no reviewer has given a verdict yet)');
  });
});
