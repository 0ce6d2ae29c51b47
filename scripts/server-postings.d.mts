import type { CreatedPostingBody } from '../lib/shared/postings/postings-contract';

type Owned = { id: string; editToken: string };

export declare function createPostingOn(baseUrl: string, draft: unknown): Promise<CreatedPostingBody>;
export declare function createReviewLinkOn(
  baseUrl: string,
  posting: Owned,
): Promise<{ reviewToken: string; reviewUrl: string }>;
export declare function publishOn(baseUrl: string, posting: Owned): Promise<void>;
export declare function unpublishOn(baseUrl: string, posting: Owned): Promise<void>;
