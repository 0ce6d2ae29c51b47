import '#server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { nanoid } from 'nanoid';

// nanoid draws from the CSPRNG (crypto.getRandomValues), 64 symbols: 6 bits a character.
const ID_LENGTH = 22; // 132 bits
const TOKEN_LENGTH = 43; // 258 bits

const POSTING_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const newPostingId = (): string => nanoid(ID_LENGTH);
export const newEditToken = (): string => nanoid(TOKEN_LENGTH);

/** Whether a string has the shape of a generated id; anything else cannot name a posting. */
export const isPostingId = (id: string): boolean => POSTING_ID_PATTERN.test(id);

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares hashes, not tokens: equal lengths always, so the time taken says nothing about the token. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
