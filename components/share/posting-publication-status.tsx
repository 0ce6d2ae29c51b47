import { useEffect, useState } from 'react';
import type { PostingBody } from '@/lib/http/postings-contract';
import { fetchSharedPosting } from './postings-api';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; posting: PostingBody };

/** For a row of My postings: whether the posting is public at /jobs/{id}, and at which version. */
export function PostingPublicationStatus({ posting }: { posting: { id: string; editToken: string } }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void fetchSharedPosting(posting.id, posting.editToken).then((result) => {
      if (!live) return;
      setState(result.ok ? { status: 'ready', posting: result.data } : { status: 'error', message: result.message });
    });
    return () => {
      live = false;
    };
  }, [posting.id, posting.editToken]);

  if (state.status === 'loading') return <p className="text-slate-600">Loading the publication…</p>;
  if (state.status === 'error') return <p className="text-red-800">Publication: {state.message}</p>;
  const { publication, version } = state.posting;
  if (!publication) return <p data-testid="publication-state">Not published</p>;
  return (
    <p data-testid="publication-state">
      Published v{publication.version}
      {publication.version < version ? ` (latest is v${version}, not published yet)` : ''} ·{' '}
      <a href={publication.publicUrl} className="font-semibold text-brand-700 underline">
        Job page<span className="sr-only"> of this posting</span>
      </a>
    </p>
  );
}
