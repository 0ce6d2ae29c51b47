import { createHash } from 'node:crypto';
import { sharePageStyles } from './share-page-styles';

// The share page runs no script at all (its JSON-LD is data, which CSP does not execute) and carries one
// fixed inline stylesheet, so its policy needs no per-request nonce: the stylesheet's hash allows it.
const styleHash = createHash('sha256').update(sharePageStyles).digest('base64');

export const sharePageCsp = [
  `default-src 'none'`,
  `style-src 'sha256-${styleHash}'`,
  `img-src 'self' data:`,
  `base-uri 'none'`,
  `form-action 'none'`,
  `frame-ancestors 'none'`,
].join('; ');
