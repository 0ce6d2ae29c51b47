import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFormValues } from '../../shared/draft/form-values';
import {
  autosaveSlot,
  currentLinkSlot,
  draftBackupSlot,
  STORAGE_KEYS,
  type SharedPostingRecord,
} from './browser-storage';
import {
  currentSharedPosting,
  forgetSharedPosting,
  listSharedPostings,
  markRevoked,
  rememberSharedPosting,
  setCurrentLink,
} from './shared-postings';
import { onStorageChange } from './storage-slot';

/** A Storage kept in a Map; `full` makes writes throw like a browser over its quota. */
class MemoryStorage implements Storage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const record = (id: string, title = `Posting ${id}`): SharedPostingRecord => ({
  id,
  editToken: `token-${id}`,
  version: 1,
  viewUrl: `https://postwright.example/p/${id}`,
  editUrl: `https://postwright.example/build#edit=${id}.token-${id}`,
  title,
  company: 'Acme',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
});

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('browser storage', () => {
  it('names every key once, all under the postwright prefix', () => {
    const keys = Object.values(STORAGE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^postwright:[a-z:-]+:v\d+$/);
  });

  it('round-trips the autosaved form and reads what earlier versions wrote under the same key', () => {
    const values = emptyFormValues();
    values.job.title = 'Staff Engineer';
    expect(autosaveSlot.write({ values, furthestStep: 3, savedAt: '2026-11-25T10:00:00.000Z' })).toBe(true);
    expect(autosaveSlot.read()).toEqual({ values, furthestStep: 3, savedAt: '2026-11-25T10:00:00.000Z' });
    // builder-screens and older builds wrote no savedAt; still restored.
    storage.setItem(STORAGE_KEYS.autosave, JSON.stringify({ values, furthestStep: 6 }));
    expect(autosaveSlot.read()?.furthestStep).toBe(6);
  });

  it('answers null for missing, corrupt or foreign data instead of throwing', () => {
    expect(autosaveSlot.read()).toBeNull();
    storage.setItem(STORAGE_KEYS.autosave, '{not json');
    expect(autosaveSlot.read()).toBeNull();
    storage.setItem(STORAGE_KEYS.autosave, JSON.stringify({ values: { title: 'no job part' } }));
    expect(autosaveSlot.read()).toBeNull();
    storage.setItem(STORAGE_KEYS.sharedPostings, JSON.stringify([{ id: 1 }]));
    expect(listSharedPostings()).toEqual([]);
  });

  it('reports a refused write and keeps working without storage at all', () => {
    storage.full = true;
    expect(draftBackupSlot.write({ values: emptyFormValues(), furthestStep: 0 })).toBe(false);
    vi.stubGlobal('localStorage', undefined);
    expect(currentLinkSlot.read()).toBeNull();
    expect(currentLinkSlot.write({ id: 'x' })).toBe(false);
  });

  it('keeps the shared postings newest first, one entry per id', () => {
    rememberSharedPosting(record('a'));
    rememberSharedPosting(record('b'));
    rememberSharedPosting({ ...record('a'), version: 2 });
    expect(listSharedPostings().map((p) => [p.id, p.version])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('forgets the current link when its posting is revoked or forgotten', () => {
    rememberSharedPosting(record('a'));
    rememberSharedPosting(record('b'));
    setCurrentLink('a');
    expect(currentSharedPosting()?.id).toBe('a');
    markRevoked('a');
    expect(currentSharedPosting()).toBeNull();
    expect(listSharedPostings().find((p) => p.id === 'a')?.revoked).toBe(true);
    setCurrentLink('b');
    forgetSharedPosting('b');
    expect(currentSharedPosting()).toBeNull();
    expect(listSharedPostings().map((p) => p.id)).toEqual(['a']);
  });

  it('tells subscribers about every write until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = onStorageChange(listener);
    rememberSharedPosting(record('a'));
    setCurrentLink('a');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    setCurrentLink(null);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
