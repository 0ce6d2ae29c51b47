import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleDraft } from '../../shared/draft/example-draft';
import { emptyFormValues, fromDraft } from '../../shared/draft/form-values';
import { autosaveSlot, currentLinkSlot, draftBackupSlot, STORAGE_KEYS } from './browser-storage';
import { handOverToBuilder } from './builder-handoff';

let items: Map<string, string>;
let full: boolean;
beforeEach(() => {
  items = new Map();
  full = false;
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => items.delete(key),
  });
});
afterEach(() => vi.unstubAllGlobals());

const imported = () => {
  const values = fromDraft(exampleDraft);
  values.job.title = 'Imported title';
  return values;
};

describe('handing an imported posting to the builder', () => {
  it('puts it where the builder restores from, every step open, and leaves the shared posting', () => {
    currentLinkSlot.write({ id: 'abc' });
    expect(handOverToBuilder(imported())).toBe(true);
    expect(autosaveSlot.read()).toMatchObject({ values: imported(), furthestStep: 6 });
    expect(currentLinkSlot.read()).toBeNull();
  });

  it('keeps what the builder held as the backup, but not an untouched form', () => {
    const earlier = fromDraft(exampleDraft);
    autosaveSlot.write({ values: emptyFormValues(), furthestStep: 0 });
    handOverToBuilder(imported());
    expect(draftBackupSlot.read()).toBeNull();
    autosaveSlot.write({ values: earlier, furthestStep: 3 });
    handOverToBuilder(imported());
    expect(draftBackupSlot.read()).toMatchObject({ values: earlier, furthestStep: 3 });
  });

  it('says so when the browser refuses, and then changes nothing', () => {
    currentLinkSlot.write({ id: 'abc' });
    full = true;
    expect(handOverToBuilder(imported())).toBe(false);
    expect(items.has(STORAGE_KEYS.autosave)).toBe(false);
    expect(currentLinkSlot.read()).toEqual({ id: 'abc' });
  });
});
