import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { setCurrentLink } from '@/lib/browser/storage/shared-postings';
import type { Draft } from '@/lib/shared/draft/draft-schema';
import { emptyFormValues, formFieldFor, fromDraft, type FormValues } from '@/lib/shared/draft/form-values';
import { BUILDER_STEPS, stepForField, stepIndex, stepKeys, type BuilderStepId } from '@/lib/shared/draft/step-schemas';
import { useEditLink } from '@/components/share/use-edit-link';
import type { BuilderApi, BuilderData } from './builder-context';
import { currentDraft, draftResolver } from './draft-resolver';
import { backUpFormValues, clearAutosaved, readAutosaved, useAutosave } from './use-autosave';
import { useLivePreview } from './use-live-preview';
import { LAST_STEP, useStepNavigation } from './use-step-navigation';

// The step's own inputs render after navigation; focus waits for them.
const FOCUS_AFTER_NAVIGATION_MS = 150;

function focusField(form: BuilderApi['form'], path: string) {
  const name = formFieldFor(path);
  try {
    form.setFocus(name as FieldPath<FormValues>);
  } catch {
    document.getElementById(`f-${name.replace(/\./g, '-')}`)?.focus();
  }
}

/** The builder's state and actions: form, steps, restore and autosave, edit links, live preview. */
export function useBuilderState(data: BuilderData) {
  const form = useForm<FormValues>({ defaultValues: emptyFormValues(), resolver: draftResolver, mode: 'onTouched' });
  const [ready, setReady] = useState(false);
  const { current, furthest, goTo, reach, resetFurthest } = useStepNavigation(ready);

  // Restore what this browser was writing (after a reload or a closed tab).
  // As a transition: the builder re-renders whole once restored, and React may then slice that work and
  // yield to the browser (urgent, it would be one long task right after hydration).
  useEffect(() => {
    const saved = readAutosaved();
    startTransition(() => {
      if (saved) {
        form.reset(saved.values);
        resetFurthest(saved.furthestStep);
      }
      // localStorage is only readable after mount: this is the sync with that outside store.
      setReady(true);
    });
  }, [form, resetFurthest]);

  useAutosave(form, furthest, ready);

  const loadDraft = useCallback(
    (draft: Draft) => {
      backUpFormValues(form.getValues(), furthest);
      form.reset(fromDraft(draft));
      resetFurthest(LAST_STEP);
      goTo(LAST_STEP);
    },
    [form, furthest, resetFurthest, goTo],
  );

  const editLink = useEditLink({ onLoad: loadDraft });
  const preview = useLivePreview(form.control, ready, data.firstPreview);

  const goToStep = useCallback((id: BuilderStepId) => goTo(stepIndex(id)), [goTo]);

  const goToField = useCallback(
    (path: string) => {
      const target = stepIndex(stepForField(path));
      reach(target);
      goTo(target);
      window.setTimeout(() => focusField(form, path), FOCUS_AFTER_NAVIGATION_MS);
    },
    [form, goTo, reach],
  );

  /** Validates the step on screen; moves on only if it is valid, else focuses the first invalid input. */
  const next = useCallback(async () => {
    const step = BUILDER_STEPS[current]!;
    const valid = await form.trigger(stepKeys(step.id) as FieldPath<FormValues>[], { shouldFocus: false });
    if (!valid) {
      document.querySelector<HTMLElement>('#builder-step [aria-invalid="true"]')?.focus();
      return;
    }
    reach(current + 1);
    goTo(current + 1);
  }, [current, form, goTo, reach]);

  const startOver = useCallback(() => {
    clearAutosaved();
    setCurrentLink(null);
    form.reset(emptyFormValues());
    resetFurthest(0);
    goTo(0);
  }, [form, goTo, resetFurthest]);

  const step = BUILDER_STEPS[current]!;
  const api = useMemo<BuilderApi>(
    () => ({
      data,
      form,
      getValues: () => form.getValues(),
      getValue: (field) => form.getValues(field as FieldPath<FormValues>),
      setValue: (field, value) =>
        form.setValue(field as FieldPath<FormValues>, value as never, { shouldDirty: true, shouldValidate: true }),
      getDraft: () => currentDraft(form.getValues()),
      step: { id: step.id, index: current, title: step.title },
      furthest: ready ? furthest : 0,
      ready,
      goToStep,
      goToField,
      loadDraft,
    }),
    [data, form, step, current, furthest, ready, goToStep, goToField, loadDraft],
  );

  return { api, preview, editLink, next, startOver };
}
