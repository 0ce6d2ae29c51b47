// The share page `/p/{id}` (a Pages Router page), called as the API suite calls the route handlers.
import SharedPostingRoute, { getServerSideProps } from '../../pages/p/[id]';
import { pageRoute } from '../support/page-route';

export const GET = pageRoute(SharedPostingRoute, getServerSideProps);
