'use client';

import { useEffect, useRef, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { Finding } from '@/lib/checks/finding';
import type { FormValues } from '@/lib/posting/form-values';
import { previewDraft } from '@/lib/posting/preview-draft';

export interface LivePreview {
  html: string | null;
  findings: Finding[];
  status: 'idle' | 'updating' | 'ready' | 'error';
  error?: string;
}

/**
 * Renders the posting with the same engine as the exports (server-side: it keeps the builder's bundle
 * small) and runs the checks, a moment after each change; a newer change cancels the older request.
 */
export function useLivePreview(control: Control<FormValues>, enabled: boolean): LivePreview {
  const values = useWatch({ control }) as FormValues;
  const [state, setState] = useState<LivePreview>({ html: null, findings: [], status: 'idle' });
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const timer = window.setTimeout(async () => {
      const draft = previewDraft(values);
      if (!draft) return;
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setState((s) => ({ ...s, status: 'updating' }));
      const body = JSON.stringify(draft);
      const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: controller.signal };
      try {
        const [html, checks] = await Promise.all([fetch('/api/render?format=html', init), fetch('/api/checks', init)]);
        if (!html.ok || !checks.ok) throw new Error(`preview answered ${html.status}/${checks.status}`);
        const findings = ((await checks.json()) as { findings: Finding[] }).findings;
        setState({ html: await html.text(), findings, status: 'ready' });
      } catch (error) {
        if (controller.signal.aborted) return;
        setState((s) => ({
          ...s,
          status: 'error',
          error: 'The preview could not be updated. It will try again as you type.',
        }));
        console.warn('[postwright] preview failed', error);
      }
    }, 120);
    return () => window.clearTimeout(timer);
  }, [values, enabled]);

  return state;
}
