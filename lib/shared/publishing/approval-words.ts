import type { ApprovalState } from './publish-contract';

// How the API says why a version is not approved: "Version 3 is not approved (changes requested by Priya)".
// The builder's publish panel says the same in its own language (messages publish.reason.*).

/** Why `version` is not the approved one, or null when it is. */
export function notApprovedReason(version: number, { approvedVersion, latestVerdict }: ApprovalState): string | null {
  if (approvedVersion === version) return null;
  if (!latestVerdict) return `Version ${version} is not approved (no reviewer has given a verdict yet)`;
  const on = latestVerdict.version === version ? '' : ` on version ${latestVerdict.version}`;
  const what = latestVerdict.verdict === 'changes' ? 'changes requested' : 'approved';
  return `Version ${version} is not approved (${what} by ${latestVerdict.author}${on})`;
}
