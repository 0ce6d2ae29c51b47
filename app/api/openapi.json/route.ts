// GET /api/openapi.json - the OpenAPI 3.1 document of the whole HTTP API, generated from the routes' zod schemas
import { apiRoute } from '@/lib/server/http/api-route';
import { openApiJson } from '@/lib/server/http/openapi-document';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  cors: true,

  GET({ request }) {
    const { json, etag } = openApiJson();
    const headers = {
      ETag: etag,
      'Cache-Control': 'public, no-cache',
      'Content-Type': 'application/json; charset=utf-8',
    };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(json, { headers });
  },
});
