import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { autosaveSlot, draftBackupSlot } from '@/lib/browser/storage/browser-storage';
import { emptyFormValues, type FormValues } from '@/lib/shared/draft/form-values';

const SAVE_DELAY_MS = 250;

/** What this browser was writing (after a reload or a closed tab), merged over empty values. */
export function readAutosaved(): { values: FormValues; furthestStep: number } | null {
  const saved = autosaveSlot.read();
  return saved ? { values: { ...emptyFormValues(), ...saved.values }, furthestStep: saved.furthestStep } : null;
}

export function clearAutosaved() {
  autosaveSlot.write(null);
}

/** Keeps form text that is about to be replaced, unless there is nothing in it yet. */
export function backUpFormValues(values: FormValues, furthestStep: number) {
  if (JSON.stringify(values) === JSON.stringify(emptyFormValues())) return;
  draftBackupSlot.write({ values, furthestStep, savedAt: new Date().toISOString() });
}

/** Keeps the form (valid or not yet) in this browser, so a reload or a closed tab loses nothing. */
export function useAutosave(form: UseFormReturn<FormValues>, furthestStep: number, ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    let timer: number | undefined;
    // A refused write (private mode, full quota) is fine: the builder works, it just can't remember.
    const save = () =>
      autosaveSlot.write({ values: form.getValues(), furthestStep, savedAt: new Date().toISOString() });
    const subscription = form.watch(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_DELAY_MS);
    });
    save();
    window.addEventListener('pagehide', save);
    return () => {
      subscription.unsubscribe();
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', save);
    };
  }, [form, ready, furthestStep]);
}
