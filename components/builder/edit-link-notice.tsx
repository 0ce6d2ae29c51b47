'use client';

import type { EditLinkState } from '@/components/share/use-edit-link';

/** What became of the edit link the builder was opened with. */
export function EditLinkNotice({ state }: { state: EditLinkState }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      return <p role="status">Opening the shared posting…</p>;
    case 'error':
      return (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
          {state.message}
        </p>
      );
    case 'loaded':
      return (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          Editing the shared posting “{state.title}” (version {state.version}). Save changes from the Review step.
        </p>
      );
  }
}
