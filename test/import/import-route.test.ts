// POST /api/import through the route handler: pasted text and uploaded files in, the contract's body out;
// every refusal with its documented status and code; files read off the request thread.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_TEXT_BYTES,
  importResultSchema,
} from '../../lib/shared/import/import-contract';
import { manyPagePdf, pngBytes, zipBombDocx } from '../../lib/server/import/__fixtures__/hostile-files';
import { renderFormat } from '../../lib/server/render/render-format';
import { qualifiedDraft } from '../../lib/server/render/__fixtures__/drafts';
import { call, newClient } from '../support/route-client';

let route: typeof import('../../app/api/import/route');

beforeAll(async () => {
  vi.stubEnv('POSTWRIGHT_RATE_LIMIT_EXPORT', '1000');
  route = await import('../../app/api/import/route');
}, 60_000);

afterAll(async () => {
  const { importPool } = await import('../../lib/server/import/import-pool');
  await importPool().close();
});

const paste = (body: string, type: string) =>
  call(route.POST, '/api/import', {
    method: 'POST',
    rawBody: body,
    headers: { 'content-type': type },
    client: newClient(),
  });

function upload(name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return call(route.POST, '/api/import', { method: 'POST', rawBody: form, client: newClient() });
}

describe('POST /api/import', () => {
  it('reads pasted Markdown into the contract’s body, storing nothing', async () => {
    const { body: markdown } = await renderFormat(qualifiedDraft, 'markdown', {});
    const res = await paste(markdown as string, 'text/markdown; charset=utf-8');
    expect(res.status).toBe(200);
    expect(importResultSchema.safeParse(res.body).success).toBe(true);
    expect(res.body.draft.job.title).toBe('Senior Back End Developer');
    expect(res.body.missing).toEqual([]);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('reads an uploaded Word file and PDF in the worker pool', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const { body } = await renderFormat(qualifiedDraft, format, {});
      const res = await upload(`posting.${format}`, new Uint8Array(body as Buffer));
      expect(res.status, format).toBe(200);
      expect(res.body.draft.responsibilities).toEqual(qualifiedDraft.responsibilities);
    }
  }, 60_000);

  it('refuses pasted text over 256 KiB with 413, and a file over 5 MiB with 413 file_too_large', async () => {
    const text = await paste('a'.repeat(MAX_IMPORT_TEXT_BYTES + 1), 'text/plain');
    expect([text.status, text.body.error.code]).toEqual([413, 'payload_too_large']);
    const file = await upload('posting.txt', new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x61));
    expect([file.status, file.body.error.code]).toEqual([413, 'file_too_large']);
  });

  it('answers 415 for a body that is not text or a form, and for a file type it does not read', async () => {
    const json = await paste('{"title":"x"}', 'application/json');
    expect([json.status, json.body.error.code]).toEqual([415, 'unsupported_media_type']);
    const exe = await upload('posting.exe', new Uint8Array([0x4d, 0x5a, 0, 0]));
    expect([exe.status, exe.body.error.code]).toEqual([415, 'unsupported_type']);
  });

  it('answers 422 with the reason for a mislabelled file, a zip bomb and a 2,000-page PDF', async () => {
    const png = await upload('posting.pdf', pngBytes());
    expect([png.status, png.body.error.code]).toEqual([422, 'file_mismatch']);
    const bomb = await upload('posting.docx', zipBombDocx());
    expect([bomb.status, bomb.body.error.code]).toEqual([422, 'file_too_complex']);
    const pages = await upload('posting.pdf', manyPagePdf(2000));
    expect([pages.status, pages.body.error.code]).toEqual([422, 'file_too_complex']);
  }, 60_000);

  it('asks for exactly one file in the field "file"', async () => {
    const form = new FormData();
    form.append('document', new File(['x'], 'a.txt'));
    const res = await call(route.POST, '/api/import', { method: 'POST', rawBody: form, client: newClient() });
    expect([res.status, res.body.error.code]).toEqual([400, 'invalid_request']);
  });
});
