// The words of a refused comment, shared by the API (lib/server/http/store-error.ts) and the reviewer's page.

/** Why a comment (or a reopen) was refused at the posting's cap, in words for the API and the reviewer's page. */
export function commentLimitMessage({ limit, max }: { limit: 'open' | 'total'; max: number }): string {
  return limit === 'open'
    ? `This posting has ${max} open comments, the most it takes: the author must resolve some before more are added`
    : `This posting has ${max} comments, the most it takes: no more can be added`;
}
