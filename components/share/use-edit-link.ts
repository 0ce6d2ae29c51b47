'use client';

import { useEffect, useRef, useState } from 'react';
import type { Draft } from '@/lib/draft/draft-schema';
import { fetchSharedPosting } from './postings-api';
import { DRAFT_BACKUP_KEY, LOAD_DRAFT_EVENT, rememberSharedPosting, setCurrentLink } from './share-storage';

export type EditLinkState =
  | { status: 'idle' | 'loading' }
  | { status: 'loaded'; title: string; version: number }
  | { status: 'error'; message: string };

const AUTOSAVE_KEY = 'postwright:draft:v1';

/**
 * Opens the builder on a shared posting from `/build#edit=<id>.<token>`. The token lives in the fragment
 * (never sent to a server, a log or a referrer) and is wiped from the address bar at once.
 * Also hands the builder drafts chosen elsewhere (a conflict resolved with "use theirs").
 */
export function useEditLink({ onLoad }: { onLoad: (draft: Draft) => void }): EditLinkState {
  const [state, setState] = useState<EditLinkState>({ status: 'idle' });
  const onLoadRef = useRef(onLoad);
  useEffect(() => {
    onLoadRef.current = onLoad;
  });

  useEffect(() => {
    const handOver = (event: Event) => onLoadRef.current((event as CustomEvent<Draft>).detail);
    window.addEventListener(LOAD_DRAFT_EVENT, handOver);

    const match = /^#edit=([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(window.location.hash);
    let cancelled = false;
    if (match) {
      const [, id, token] = match as unknown as [string, string, string];
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the fragment is only readable after mount
      setState({ status: 'loading' });
      void fetchSharedPosting(id, token).then((result) => {
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
        // Whatever was being written here before is kept, not overwritten by the shared posting.
        const existing = window.localStorage.getItem(AUTOSAVE_KEY);
        if (existing) window.localStorage.setItem(DRAFT_BACKUP_KEY, existing);
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
        onLoadRef.current(data.draft);
        setState({ status: 'loaded', title: data.draft.job.title, version: data.version });
      });
    }
    return () => {
      cancelled = true;
      window.removeEventListener(LOAD_DRAFT_EVENT, handOver);
    };
  }, []);

  return state;
}
