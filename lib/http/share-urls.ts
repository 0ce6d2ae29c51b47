import { getEnv } from '../config/env';

/** Links are built on the configured public URL, or on the origin the request came to. */
export function shareUrls(request: Request, id: string, editToken?: string) {
  const base = (getEnv().POSTWRIGHT_PUBLIC_URL ?? new URL(request.url).origin).replace(/\/+$/, '');
  return {
    viewUrl: `${base}/p/${id}`,
    // The token rides in the fragment: browsers never send it to servers, logs or referrers.
    ...(editToken ? { editUrl: `${base}/build#edit=${id}.${editToken}` } : {}),
  };
}
