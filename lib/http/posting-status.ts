import { KEEP_LATEST_VERSIONS } from '../posting-store/version-retention';
import { ApiError } from './api-error';

type FailedStatus =
  'not_found' | 'gone' | 'unauthorized' | 'forbidden' | 'precondition_required' | 'stale' | 'pruned' | 'language_taken';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  nl: 'Dutch',
};

/**
 * 409 `language_taken`: the posting's group already has a version in that language. The error names it
 * (`error.id`, and `Location`), so a client can open that version instead.
 */
export class LanguageTakenError extends ApiError {
  readonly existingId: string;

  constructor(language: string, existingId: string) {
    super(
      'language_taken',
      `This posting already has a ${LANGUAGE_NAMES[language] ?? language} version (${existingId})`,
      [{ path: 'language', message: `Already written in ${language}: open that version instead` }],
      { Location: `/api/postings/${encodeURIComponent(existingId)}` },
    );
    this.existingId = existingId;
  }

  override toBody() {
    const body = super.toBody();
    return { error: { ...body.error, id: this.existingId } };
  }
}

/** What each storage outcome means for an API client. */
export function postingStatusError(result: {
  status: FailedStatus;
  currentVersion?: number;
  reason?: string;
  version?: number;
  language?: string;
  existingId?: string;
}): ApiError {
  switch (result.status) {
    case 'language_taken':
      return new LanguageTakenError(result.language ?? '', result.existingId ?? '');
    case 'not_found':
      return new ApiError('not_found', 'No posting has this id');
    case 'pruned':
      return new ApiError(
        'version_pruned',
        `Version ${result.version ?? ''} is no longer kept: a posting keeps its latest ${KEEP_LATEST_VERSIONS} versions and those reviewed or published`,
      );
    case 'gone':
      return new ApiError(
        'gone',
        result.reason === 'expired' ? 'This share link has expired' : 'This share link was revoked by its owner',
      );
    case 'unauthorized':
      return new ApiError('unauthorized', 'Send the edit token as Authorization: Bearer <editToken>', [], {
        'WWW-Authenticate': 'Bearer',
      });
    case 'forbidden':
      return new ApiError('forbidden', 'The edit token does not match this posting');
    case 'precondition_required':
      return new ApiError('precondition_required', 'Send If-Match with the version you edited, e.g. If-Match: "3"');
    case 'stale':
      return new ApiError(
        'precondition_failed',
        `The posting was changed elsewhere: the latest version is ${result.currentVersion ?? 'newer'}`,
        [],
        result.currentVersion ? { ETag: `"${result.currentVersion}"` } : {},
      );
  }
}
