import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { readAnswer } from '@/components/share/api-client';
import { postDraft } from '@/components/share/render-api';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { checkAnswerSchema } from '@/lib/shared/checks/checks-contract';
import { previewDraft } from '@/lib/shared/draft/preview-draft';
import type { LivePreview } from '@/lib/server/render/live-preview';
import type { BuilderPreview } from './builder-context';
import { useUiLocale } from './ui-text';

// The preview must reach the screen within 100 ms of a keystroke and a flagged word must be marked in its
// field within 500 ms: a render is ~0.2 ms on the server and /api/checks is bounded at ~20 ms for any draft,
// so both go out together and the wait only coalesces keys typed in one burst.
const REQUEST_DELAY_MS = 25;

/** POSTs the draft to `path`, aborting the previous request of the same kind when a newer one starts. */
function useLatestRequest() {
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);
  return useCallback(async (path: string, body: string): Promise<Response | null> => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    const result = await postDraft(path, body, { signal: controller.signal });
    if (controller.signal.aborted) return null;
    if (!result.ok) throw new Error(`${path}: ${result.code}`);
    return result.data;
  }, []);
}

/**
 * Renders the posting with the same engine as the exports (server-side: it keeps the builder's bundle
 * small) and runs the checks, shortly after each change; a newer change cancels the older request.
 */
export function useLivePreview(
  control: Control<FormValues>,
  enabled: boolean,
  first: LivePreview | null,
): BuilderPreview {
  const values = useWatch({ control }) as FormValues;
  const draft = useMemo(() => (enabled ? previewDraft(values) : null), [values, enabled]);
  const body = useMemo(() => (draft ? JSON.stringify(draft) : null), [draft]);
  const [state, setState] = useState<BuilderPreview>(() =>
    first
      ? { html: first.html, findings: first.findings, score: first.score, checked: first.draft, status: 'ready' }
      : { html: null, findings: [], status: 'idle' },
  );
  // The draft the server already rendered and checked (an empty form): not asked for again.
  const shown = useRef(first ? JSON.stringify(first.draft) : null);
  const render = useLatestRequest();
  const check = useLatestRequest();
  // The findings are said in the language the builder is shown in.
  const checksPath = `/api/checks?lang=${useUiLocale()}`;
  // The draft whose checks failed: not "checking" any more until the form changes again.
  const [checksFailedFor, setChecksFailedFor] = useState<string | null>(null);

  useEffect(() => {
    if (!draft || !body) return;
    if (body === shown.current) return;
    shown.current = null;
    const fail = (error: unknown) => {
      // A newer change cancelled this request while its body was still being read: not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setState((s) => ({
        ...s,
        status: 'error',
        error: 'The preview could not be updated. It will try again as you type.',
      }));
      console.warn('[postwright] preview failed', error);
    };
    const updatePreview = async () => {
      setState((s) => (s.status === 'updating' ? s : { ...s, status: 'updating' }));
      try {
        const response = await render('/api/render?format=html', body);
        if (!response) return;
        const html = await response.text();
        setState((s) => ({ ...s, html, status: 'ready', error: undefined }));
      } catch (error) {
        fail(error);
      }
    };
    const updateChecks = async () => {
      try {
        const response = await check(checksPath, body);
        if (!response) return;
        const answer = await readAnswer(checkAnswerSchema, response);
        if (!answer.ok) throw new Error(`/api/checks: ${answer.code}`);
        const { findings, score } = answer.data;
        setState((s) => ({ ...s, findings, score, checked: draft }));
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'AbortError')) setChecksFailedFor(body);
        fail(error);
      }
    };
    const timer = window.setTimeout(() => {
      void updatePreview();
      void updateChecks();
    }, REQUEST_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, body, render, check, checksPath]);

  const checkedBody = useMemo(() => (state.checked ? JSON.stringify(state.checked) : null), [state.checked]);
  const checking = body !== null && body !== checkedBody && body !== checksFailedFor;
  return useMemo(() => ({ ...state, checking }), [state, checking]);
}
