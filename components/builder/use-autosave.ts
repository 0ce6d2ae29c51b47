'use client';

import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { fromDraft, type FormValues } from '@/lib/draft/form-values';
import { draftSchema } from '@/lib/draft/draft-schema';

export const AUTOSAVE_KEY = 'postwright:draft:v1';

export interface SavedBuilder {
  values: FormValues;
  furthestStep: number;
  savedAt: string;
}

export function readSaved(): SavedBuilder | null {
  try {
    const raw = window.localStorage.getItem(AUTOSAVE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as SavedBuilder;
    return saved && typeof saved === 'object' && saved.values?.job ? saved : null;
  } catch {
    return null;
  }
}

export function clearSaved() {
  window.localStorage.removeItem(AUTOSAVE_KEY);
}

/** Keeps the form (valid or not yet) in this browser, so a reload or a closed tab loses nothing. */
export function useAutosave(form: UseFormReturn<FormValues>, furthestStep: number, ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    let timer: number | undefined;
    const save = () => {
      const saved: SavedBuilder = { values: form.getValues(), furthestStep, savedAt: new Date().toISOString() };
      try {
        window.localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(saved));
      } catch {
        // Storage full or disabled: the builder still works, it just can't remember.
      }
    };
    const subscription = form.watch(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 250);
    });
    save();
    const flush = () => save();
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [form, ready, furthestStep]);
}

/** An autosaved draft written by an older version or by hand may not fit; a stored draft always does. */
export function valuesFromUnknownDraft(draft: unknown): FormValues | null {
  const parsed = draftSchema.safeParse(draft);
  return parsed.success ? fromDraft(parsed.data) : null;
}
