import { staticPageCsp } from '../html/static-page-csp';
import { sharePageStyles } from './share-page-styles';

// The share page runs no script at all (its JSON-LD is data, which CSP does not execute).
export const sharePageCsp = staticPageCsp(sharePageStyles);
