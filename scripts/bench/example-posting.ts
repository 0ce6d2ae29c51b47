import { exampleDraft } from '../../lib/shared/draft/example-draft';

/** Shares the spec's example draft on the server under test; returns its `/p/{id}` path. */
export async function createExamplePosting(baseUrl: string): Promise<string> {
  const created = await fetch(`${baseUrl}/api/postings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(exampleDraft),
  });
  if (created.status !== 201) throw new Error(`could not create a posting to preview: ${created.status}`);
  return `/p/${((await created.json()) as { id: string }).id}`;
}
