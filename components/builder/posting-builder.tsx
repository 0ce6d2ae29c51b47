'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import type { Finding } from '@/lib/checks/finding';
import { draftSchema } from '@/lib/draft/draft-schema';
import { emptyFormValues, formFieldFor, fromDraft, toDraftInput, type FormValues } from '@/lib/draft/form-values';
import { BUILDER_STEPS, stepForField, stepIndex, stepKeys } from '@/lib/draft/step-schemas';
import { useEditLink } from '@/components/share/use-edit-link';
import { setCurrentLink } from '@/components/share/share-storage';
import { BuilderDataProvider, type BuilderData } from './builder-data';
import { ChecksPanel } from './checks-panel';
import { currentDraft, draftResolver } from './draft-resolver';
import { PreviewPanel } from './preview-panel';
import { StepProgress } from './step-progress';
import { StepBody } from './step-body';
import { clearSaved, readSaved, useAutosave } from './use-autosave';
import { useLivePreview } from './use-live-preview';

const LAST = BUILDER_STEPS.length - 1;

export function PostingBuilder({ data }: { data: BuilderData }) {
  const router = useRouter();
  const params = useSearchParams();
  const form = useForm<FormValues>({ defaultValues: emptyFormValues(), resolver: draftResolver, mode: 'onTouched' });
  const [ready, setReady] = useState(false);
  const [furthest, setFurthest] = useState(0);
  const [showPreview, setShowPreview] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const requested = stepIndex(params?.get('step'));
  const current = ready ? Math.min(requested, furthest) : requested;
  const step = BUILDER_STEPS[current]!;

  const goTo = useCallback(
    (index: number) => router.push(`/build?step=${BUILDER_STEPS[index]!.id}`, { scroll: false }),
    [router],
  );

  // Restore what this browser was writing (after a reload or a closed tab).
  useEffect(() => {
    const saved = readSaved();
    if (saved) {
      form.reset({ ...emptyFormValues(), ...saved.values });
      // localStorage is only readable after mount: this is the sync with that outside store.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFurthest(Math.max(0, Math.min(LAST, saved.furthestStep)));
    }
    setReady(true);
  }, [form]);

  useAutosave(form, furthest, ready);

  const editLink = useEditLink({
    onLoad: (draft) => {
      form.reset(fromDraft(draft));
      setFurthest(LAST);
      goTo(LAST);
    },
  });

  // A step that was not reached yet cannot be opened by URL: stay on the furthest one.
  useEffect(() => {
    if (ready && requested > furthest) router.replace(`/build?step=${BUILDER_STEPS[furthest]!.id}`, { scroll: false });
  }, [ready, requested, furthest, router]);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [current]);

  const preview = useLivePreview(form.control, ready);

  async function next() {
    const valid = await form.trigger(stepKeys(step.id) as FieldPath<FormValues>[], { shouldFocus: false });
    if (!valid) {
      const invalid = document.querySelector<HTMLElement>('#builder-step [aria-invalid="true"]');
      invalid?.focus();
      return;
    }
    setFurthest((f) => Math.max(f, current + 1));
    goTo(current + 1);
  }

  function startOver() {
    if (!window.confirm('Start over? Everything in this posting will be cleared from this browser.')) return;
    clearSaved();
    setCurrentLink(null);
    form.reset(emptyFormValues());
    setFurthest(0);
    goTo(0);
  }

  function goToField(field: string) {
    const target = BUILDER_STEPS.findIndex((s) => s.id === stepForField(field));
    goTo(target);
    setFurthest((f) => Math.max(f, target));
    window.setTimeout(() => {
      const name = formFieldFor(field);
      try {
        form.setFocus(name as FieldPath<FormValues>);
      } catch {
        document.getElementById(`f-${name.replace(/\./g, '-')}`)?.focus();
      }
    }, 150);
  }

  function applyFix(finding: Finding) {
    if (!finding.fix) return;
    const name = formFieldFor(finding.fix.field) as FieldPath<FormValues>;
    const value = form.getValues(name);
    if (typeof value !== 'string' || !value.includes(finding.fix.find)) return goToField(finding.fix.field);
    form.setValue(name, value.replace(finding.fix.find, finding.fix.replace) as never, {
      shouldDirty: true,
      shouldValidate: true,
    });
  }

  const getDraft = () => currentDraft(form.getValues());
  const problems = (() => {
    if (current !== LAST) return [];
    const result = draftSchema.safeParse(toDraftInput(form.getValues()));
    return result.success
      ? []
      : result.error.issues.slice(0, 6).map((i) => `${i.path.join('.') || 'draft'}: ${i.message}`);
  })();
  const reviewBadge = preview.findings.filter((f) => f.severity !== 'info').length;

  return (
    <BuilderDataProvider data={data}>
      <FormProvider {...form}>
        {/* data-ready: the saved draft is restored and the form is live (tests wait for it). */}
        <div className="grid min-w-0 gap-4 [&>*]:min-w-0" data-ready={ready ? 'true' : 'false'}>
          {editLink.status === 'loading' ? <p role="status">Opening the shared posting…</p> : null}
          {editLink.status === 'error' ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
              {editLink.message}
            </p>
          ) : null}
          {editLink.status === 'loaded' ? (
            <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
              Editing the shared posting “{editLink.title}” (version {editLink.version}). Save changes from the Review
              step.
            </p>
          ) : null}
          <StepProgress current={current} furthest={ready ? furthest : 0} onGo={goTo} reviewBadge={reviewBadge} />
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <div className="no-print min-w-0">
              <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
                <p className="text-sm text-slate-600">
                  Step {current + 1} of {BUILDER_STEPS.length}
                </p>
                <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-xl font-bold focus:outline-none">
                  {step.title}
                </h2>
                <div id="builder-step" className="mt-5">
                  <StepBody id={step.id} getDraft={getDraft} problems={problems} />
                </div>
                <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
                  <div className="flex gap-2">
                    {current > 0 ? (
                      <button
                        type="button"
                        onClick={() => goTo(current - 1)}
                        className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:border-brand-600"
                      >
                        Back
                      </button>
                    ) : null}
                    {current < LAST ? (
                      <button
                        type="button"
                        onClick={() => void next()}
                        className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
                      >
                        Next: {BUILDER_STEPS[current + 1]!.title}
                      </button>
                    ) : null}
                  </div>
                  <button
                    type="button"
                    onClick={startOver}
                    className="text-sm text-slate-700 underline hover:text-red-800"
                  >
                    Start over
                  </button>
                </div>
              </div>
              <button
                type="button"
                aria-expanded={showPreview}
                aria-controls="builder-aside"
                onClick={() => setShowPreview((v) => !v)}
                className="mt-4 w-full rounded-md border border-slate-400 bg-white px-4 py-2 font-medium lg:hidden"
              >
                {showPreview
                  ? 'Hide preview and checks'
                  : `Show preview and checks${reviewBadge ? ` (${reviewBadge})` : ''}`}
              </button>
            </div>
            <div
              id="builder-aside"
              className={`${showPreview ? 'grid' : 'hidden'} content-start gap-4 print:grid lg:sticky lg:top-4 lg:grid lg:self-start`}
            >
              <PreviewPanel preview={preview} />
              <ChecksPanel findings={preview.findings} onGoTo={goToField} onApplyFix={applyFix} />
            </div>
          </div>
        </div>
      </FormProvider>
    </BuilderDataProvider>
  );
}
