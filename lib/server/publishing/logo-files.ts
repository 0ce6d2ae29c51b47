import '#server-only';
import { createLru } from '../runtime/lru';
import { appStoreOf } from '../db/app-store';
import { ApiError } from '../http/api-error';
import { storeOk } from '../http/store-error';
import { readBoundedBody } from '../http/read-bounded-body';
import { baseSecurityHeaders } from '../http/security-headers';
import { createLogoStore } from './logo-store';
import { LOGO_MAX_BYTES, logoPaths, type UploadedLogo } from '../../shared/publishing/logo-contract';
import { encodeLogo, LogoRejected } from './logo-image';

// PUT /api/postings/{id}/logo and GET /api/postings/{id}/logo/{hash}.{png|webp}: an owner's upload, checked
// and written anew (./logo-image.ts), and the stored file served to anyone.

const logoStore = appStoreOf(createLogoStore);

const tooLarge = () => new ApiError('file_too_large', `A logo is limited to ${LOGO_MAX_BYTES / 1024 / 1024} MiB`);

/** Reads the raw image body (any Content-Type: the bytes decide), re-encodes it and keeps it for the posting. */
export async function uploadLogo(
  request: Request,
  id: string,
  token: string | undefined,
): Promise<{ created: boolean; logo: UploadedLogo }> {
  const store = await logoStore();
  // The token is checked before the body is read and decoded: a stranger costs no image work.
  storeOk(await store.owner(id, token));
  const input = await readBoundedBody(request, LOGO_MAX_BYTES, tooLarge);
  if (input.byteLength === 0) throw new ApiError('invalid_request', 'Send the image file as the request body');
  let encoded;
  try {
    encoded = await encodeLogo(input);
  } catch (error) {
    if (error instanceof LogoRejected) throw new ApiError(error.detail.code, error.detail.message);
    throw error;
  }
  const saved = await store.save(id, encoded);
  return {
    created: saved.created,
    logo: {
      logoUrl: logoPaths.file(id, encoded.hash, encoded.format),
      contentType: encoded.contentType,
      width: encoded.width,
      height: encoded.height,
      bytes: encoded.bytes.byteLength,
    },
  };
}

// A stored file never changes (its name is its hash): kept in memory once read, bounded by bytes.
const files = createLru<{ contentType: string; bytes: Uint8Array<ArrayBuffer> }>(256, {
  maxBytes: 16 * 1024 * 1024,
  sizeOf: (file) => file.bytes.byteLength,
});

/** The stored logo, immutable (a new upload is a new URL); 404 unknown, 410 once the posting is revoked or expired. */
export async function logoFileResponse(request: Request, id: string, file: string): Promise<Response> {
  const [hash] = file.split('.') as [string];
  const store = await logoStore();
  const key = `${id}/${file}`;
  let kept = files.get(key);
  // Whether the posting may still be shown is read every time, as for its pages.
  storeOk(await store.visible(id));
  if (!kept) {
    const found = await store.get(id, hash);
    // The extension must be the stored type's: one file, one URL.
    if (found.status !== 'ok' || !file.endsWith(`.${found.logo.contentType.slice('image/'.length)}`)) {
      throw new ApiError('not_found', 'No logo has this name');
    }
    kept = { contentType: found.logo.contentType, bytes: new Uint8Array(found.logo.bytes) };
    files.set(key, kept);
  }
  const headers = {
    ...baseSecurityHeaders,
    'Content-Type': kept.contentType,
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: `"${hash}"`,
    // An image, never a document: nothing in it may run or load anything if it is opened on its own.
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  if (request.headers.get('if-none-match') === `"${hash}"`) return new Response(null, { status: 304, headers });
  return new Response(kept.bytes, { status: 200, headers });
}
