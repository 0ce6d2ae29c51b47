import '#server-only';
import { appStoreOf } from '../db/app-store';
import type { Draft, Language } from '../../shared/draft/draft-schema';
import type {
  CreateOptions,
  Denied,
  CreatedPosting,
  GetResult,
  RevokeResult,
  UpdateInput,
  UpdateResult,
  VersionResult,
  VersionsResult,
} from './results';
import { createPostingStore } from './store';
import { createTranslationStore, type CreateTranslationResult, type Translation } from './translation-store';

// The app's postings, on the database the environment selects: what the route handlers call.
const appStore = appStoreOf((db) => createPostingStore(db));

export async function createPosting(draft: Draft, opts?: CreateOptions): Promise<CreatedPosting> {
  return (await appStore()).create(draft, opts);
}

export async function getPosting(id: string, opts?: { now?: Date }): Promise<Exclude<GetResult, Denied>>;
export async function getPosting(id: string, opts: { now?: Date; editToken?: string }): Promise<GetResult>;
export async function getPosting(id: string, opts?: { now?: Date; editToken?: string }): Promise<GetResult> {
  return (await appStore()).get(id, opts);
}

export async function updatePosting(id: string, input: UpdateInput): Promise<UpdateResult> {
  return (await appStore()).update(id, input);
}

export async function revokePosting(id: string, token: string | undefined): Promise<RevokeResult> {
  return (await appStore()).revoke(id, token);
}

export async function listVersions(id: string): Promise<VersionsResult> {
  return (await appStore()).listVersions(id);
}

export async function getPostingVersion(id: string, version: number): Promise<VersionResult> {
  return (await appStore()).getVersion(id, version);
}

export { createPostingStore, type PostingStore } from './store';
export type * from './results';

const appTranslationStore = appStoreOf(createTranslationStore);

export async function createTranslation(
  sourceId: string,
  token: string | undefined,
  language: Language,
): Promise<CreateTranslationResult> {
  return (await appTranslationStore()).create(sourceId, token, language);
}

/** The other live language versions of a posting, oldest first. */
export async function listTranslations(id: string): Promise<Translation[]> {
  return (await appTranslationStore()).list(id);
}
