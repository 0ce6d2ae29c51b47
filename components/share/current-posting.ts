import { useEffect, useState } from 'react';
import type { SharedPostingRecord } from '@/lib/browser/storage/browser-storage';
import { currentSharedPosting } from '@/lib/browser/storage/shared-postings';
import { onStorageChange } from '@/lib/browser/storage/storage-slot';

/**
 * The shared posting the builder is editing, kept in step with this browser's storage (other tabs too).
 * Apart from the share actions (use-shared-posting.ts), so that the builder's first load carries no API
 * calls or contracts: a posting never shared has nothing to ask the server.
 */
export function useCurrentSharedPosting(): SharedPostingRecord | null {
  const [record, setRecord] = useState<SharedPostingRecord | null>(null);
  useEffect(() => {
    const sync = () => setRecord(currentSharedPosting());
    sync();
    return onStorageChange(sync);
  }, []);
  return record;
}
