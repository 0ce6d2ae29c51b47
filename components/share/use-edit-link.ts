import { useEffect, useRef, useState } from 'react';
import { rememberSharedPosting, setCurrentLink } from '@/lib/browser/storage/shared-postings';
import type { Draft } from '@/lib/shared/draft/draft-schema';

export type EditLinkState =
  | { status: 'idle' | 'loading' }
  | { status: 'loaded'; title: string; version: number }
  | { status: 'error'; message: string };

const EDIT_FRAGMENT = /^#edit=([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

/**
 * Opens the builder on a shared posting from `/build#edit=<id>.<token>`. The token lives in the fragment
 * (never sent to a server, a log or a referrer) and is wiped from the address bar at once.
 */
export function useEditLink({ onLoad }: { onLoad: (draft: Draft) => void }): EditLinkState {
  const [state, setState] = useState<EditLinkState>({ status: 'idle' });
  const onLoadRef = useRef(onLoad);
  useEffect(() => {
    onLoadRef.current = onLoad;
  });

  useEffect(() => {
    const match = EDIT_FRAGMENT.exec(window.location.hash);
    if (!match) return;
    let cancelled = false;
    const [, id, token] = match as unknown as [string, string, string];
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the fragment is only readable after mount
    setState({ status: 'loading' });
    // The API client loads only when the address holds an edit link.
    void import('./postings-api')
      .then(({ fetchSharedPosting }) => fetchSharedPosting(id, token))
      .then((result) => {
        if (cancelled) return;
        if (!result.ok) {
          const message =
            result.code === 'gone'
              ? 'This posting is no longer shared: its link was revoked or has expired.'
              : result.code === 'not_found' || result.code === 'forbidden'
                ? 'No posting matches this edit link. Check that the whole link was copied.'
                : result.message;
          setState({ status: 'error', message });
          return;
        }
        const { data } = result;
        const { viewUrl, editUrl } = data;
        // A token the server accepted always comes back with its edit link.
        if (!editUrl) return setState({ status: 'error', message: 'This edit link could not be opened.' });
        rememberSharedPosting({
          id,
          editToken: token,
          version: data.version,
          viewUrl,
          editUrl,
          title: data.draft.job.title,
          company: data.draft.company.name,
          createdAt: data.createdAt,
          updatedAt: data.updatedAt,
          expiresAt: data.expiresAt,
        });
        setCurrentLink(id);
        // The builder keeps whatever was being written here before as a backup.
        onLoadRef.current(data.draft);
        setState({ status: 'loaded', title: data.draft.job.title, version: data.version });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return state;
}
