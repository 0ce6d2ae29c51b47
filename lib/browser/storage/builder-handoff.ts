import { emptyFormValues, type FormValues } from '../../shared/draft/form-values';
import { BUILDER_STEPS } from '../../shared/draft/step-schemas';
import { autosaveSlot, draftBackupSlot } from './browser-storage';
import { setCurrentLink } from './shared-postings';

/**
 * Hands form values to the builder, which opens on what its autosave slot holds: the builder needs no
 * code of its own for it (its first load stays as it is). What the builder held is kept as the backup
 * first, as when a shared posting replaces it, and the new form is no shared posting's (a save creates
 * a new link rather than overwrite the one being edited). Every step is reachable: the whole posting is
 * there to check. False when the browser refused to store it.
 */
export function handOverToBuilder(values: FormValues): boolean {
  const now = new Date().toISOString();
  const current = autosaveSlot.read();
  if (current && JSON.stringify({ ...emptyFormValues(), ...current.values }) !== JSON.stringify(emptyFormValues())) {
    draftBackupSlot.write({ ...current, savedAt: now });
  }
  const stored = autosaveSlot.write({ values, furthestStep: BUILDER_STEPS.length - 1, savedAt: now });
  if (stored) setCurrentLink(null);
  return stored;
}
