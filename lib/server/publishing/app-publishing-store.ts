import '#server-only';
import { appStoreOf } from '../db/app-store';
import { createPublishingStore, type PublishingStore } from './publishing-store';

// The publishing store on the app's database. Apart from public-jobs (which builds the lists and feeds) so
// that the posting route, which only reads a posting's publication, loads no feed code.

export const appPublishingStore: () => Promise<PublishingStore> = appStoreOf(createPublishingStore);

/** What /jobs/{id} shows now (version and publish time), or null: for the owner's view only. */
export async function postingPublication(id: string) {
  return (await appPublishingStore()).publication(id);
}
