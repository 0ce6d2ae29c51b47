import { useEffect, useState } from 'react';
import { useSiteT } from '@/components/site-text/site-text';
import type { PostingBody } from '@/lib/shared/postings/postings-contract';
import { fetchSharedPosting } from './postings-api';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; posting: PostingBody };

/** For a row of My postings: whether the posting is public at /jobs/{id}, and at which version. */
export function PostingPublicationStatus({ posting }: { posting: { id: string; editToken: string } }) {
  const t = useSiteT();
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

  if (state.status === 'loading') return <p className="text-slate-600">{t('publication.loading')}</p>;
  if (state.status === 'error')
    return <p className="text-red-800">{t('publication.error', { message: state.message })}</p>;
  const { publication, version } = state.posting;
  if (!publication) return <p data-testid="publication-state">{t('publication.none')}</p>;
  return (
    <p data-testid="publication-state">
      {t('publication.published', { version: publication.version })}
      {publication.version < version ? ` ${t('publication.behind', { latest: version })}` : ''} ·{' '}
      <a href={publication.publicUrl} className="font-semibold text-brand-700 underline">
        {t('publication.jobPage')}
        <span className="sr-only"> {t('publication.jobPageOf')}</span>
      </a>
    </p>
  );
}
