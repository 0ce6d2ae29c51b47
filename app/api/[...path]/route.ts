// Any /api/ path no route takes: the spec's JSON 404 for every method, not the HTML not-found page.
import { ApiError } from '@/lib/server/http/api-error';

const notFound = async () => new ApiError('not_found', 'No API endpoint at this path').toResponse();

export const GET = notFound;
export const HEAD = notFound;
export const OPTIONS = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
