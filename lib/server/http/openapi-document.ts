import '#server-only';
import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import type { $ZodType } from 'zod/v4/core';
import { errorBodySchema } from '../../shared/http/error-codes';
import { namedSchemas, operations, type OperationSpec, type SchemaName } from './openapi-operations';

// The OpenAPI 3.1 document of the HTTP API, generated from the zod schemas the routes parse and answer with
// (zod's JSON Schema output is draft 2020-12, OpenAPI 3.1's own dialect). Built once per process.

type JsonSchema = Record<string, unknown>;
type Json = Record<string, unknown>;

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

/** Every named schema as a component; a schema inside another is a $ref to its component. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries({ ...namedSchemas, Error: errorBodySchema })) {
    registry.add(schema as z.ZodType, { id });
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each comes out as a whole document ($schema, and $id holding the URI): inside components it is a schema.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const component: JsonSchema = { ...schema };
      delete component.$schema;
      delete component.$id;
      return [id, component];
    }),
  );
}

/** A query or path schema as OpenAPI parameters: what a client sends, so the schema's input side. */
function parameters(schema: $ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

const header = (name: string, required: boolean, description: string) => ({
  name,
  in: 'header',
  required,
  description,
  schema: { type: 'string' },
});

const HEADER_PARAMETERS = {
  'If-Match': header('If-Match', true, 'The version edited, e.g. "3"'),
  'If-None-Match': header('If-None-Match', false, 'An ETag held: 304 if unchanged'),
};

const text = { schema: { type: 'string' } };
/** POST /api/import: pasted text, or one file in the form field `file`. */
// An image as the raw body (PUT /api/postings/{id}/logo): its first bytes decide the type, not Content-Type.
const IMAGE_BODY = {
  required: true,
  description: 'The image file itself (PNG, JPEG, WebP or GIF, at most 2 MiB); SVG is refused',
  content: Object.fromEntries(
    ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/octet-stream'].map((media) => [media, {}]),
  ),
};

const UPLOAD_BODY = {
  required: true,
  content: {
    'text/plain': text,
    'text/markdown': text,
    'text/html': text,
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
        required: ['file'],
      },
    },
  },
};

function operation(spec: OperationSpec): Json {
  const { success } = spec;
  const responses: Json = {
    [success.status]: {
      description: success.description,
      ...(success.schema
        ? { content: { 'application/json': { schema: ref(success.schema) } } }
        : success.media
          ? { content: Object.fromEntries(success.media.map((media) => [media, {}])) }
          : {}),
    },
  };
  if (spec.headers?.includes('If-None-Match')) responses[304] = { description: 'Not modified since the ETag sent' };
  for (const status of [...new Set([...spec.errors, 405, 500])].sort((a, b) => a - b)) {
    responses[status] = {
      description: STATUS_CODES[status] ?? 'Error',
      content: { 'application/json': { schema: ref('Error') } },
    };
  }
  return {
    operationId: `${spec.method}${spec.path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.auth === 'edit' || spec.auth === 'review or edit' ? { security: [{ bearer: [] }] } : {}),
    ...(spec.auth === 'optional edit' ? { security: [{}, { bearer: [] }] } : {}),
    parameters: [
      ...parameters(spec.params, 'path'),
      ...parameters(spec.query, 'query'),
      ...(spec.headers ?? []).map((header) => HEADER_PARAMETERS[header]),
    ],
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(spec.body) } } } }
      : {}),
    ...(spec.upload ? { requestBody: spec.upload === 'image' ? IMAGE_BODY : UPLOAD_BODY } : {}),
    responses,
  };
}

export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const spec of operations) (paths[spec.path] ??= {})[spec.method] = operation(spec);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Postwright HTTP API',
      version: '1',
      description:
        'Build, share, review and publish job postings. Errors are `{"error": {"code", "message", "issues"?}}`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The edit token (or, for comments and verdicts, a review token)',
        },
      },
    },
  };
}

let built: { json: string; etag: string } | undefined;

/** The document as JSON text with its ETag, built at the first request of the process. */
export function openApiJson(): { json: string; etag: string } {
  if (!built) {
    const json = JSON.stringify(buildOpenApiDocument());
    built = { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"` };
  }
  return built;
}
