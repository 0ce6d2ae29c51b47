'use client';

import { useState } from 'react';
import { publishSharedPosting, unpublishSharedPosting } from '@/components/share/postings-api';
import { useCurrentSharedPosting } from '@/components/share/use-shared-posting';
import { Button } from '@/components/ui/button';

type State = { kind: 'idle' } | { kind: 'published'; url: string; version: number } | { kind: 'unpublished' };

/**
 * Publish the saved posting as a public job page (and in the job-board feeds), or take it down. Publishing
 * needs a saved posting: it makes the latest saved version public.
 */
export function PublishPanel() {
  const shared = useCurrentSharedPosting();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function publish() {
    if (!shared) return;
    setBusy(true);
    const result = await publishSharedPosting(shared.id, shared.editToken);
    setBusy(false);
    if (!result.ok) return setError(result.issues?.[0]?.message ?? result.message);
    setError(null);
    setState({ kind: 'published', url: result.data.publicUrl, version: result.data.version });
  }

  async function unpublish() {
    if (!shared) return;
    setBusy(true);
    const result = await unpublishSharedPosting(shared.id, shared.editToken);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    setState({ kind: 'unpublished' });
  }

  return (
    <section aria-labelledby="publish-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h3 id="publish-title" className="text-base font-semibold">
        Publish
      </h3>
      {!shared ? (
        <p className="mt-1 text-sm text-slate-700">
          Create a share link first: publishing makes its latest saved version a public job page, listed on /jobs, in
          the sitemap and in the Indeed and LinkedIn feeds.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            Makes the latest saved version a public job page that search engines and job boards can find.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button variant="primary" onClick={publish} disabled={busy}>
              {state.kind === 'published' ? 'Publish the latest version' : 'Publish job page'}
            </Button>
            <Button variant="danger" onClick={unpublish} disabled={busy}>
              Unpublish
            </Button>
          </div>
        </>
      )}
      <div role="status" className="mt-2 text-sm">
        {state.kind === 'published' ? (
          <p>
            Published version {state.version} at{' '}
            <a className="break-all text-brand-700 underline" href={state.url}>
              {state.url}
            </a>
          </p>
        ) : null}
        {state.kind === 'unpublished' ? <p>Unpublished: the job page now answers that the job is closed.</p> : null}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </section>
  );
}
