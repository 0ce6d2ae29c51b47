// Postings made through the HTTP API of a running server, for the benchmarks and the screenshot scripts:
// what they measure or show is then stored exactly as a browser would store it.

async function post(url, init, expected) {
  const response = await fetch(url, { method: 'POST', ...init });
  if (response.status !== expected) {
    throw new Error(`POST ${new URL(url).pathname}: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

/** Stores a posting as the builder's share button does: its id, edit token, version and links. */
export function createPostingOn(baseUrl, draft) {
  return post(
    `${baseUrl}/api/postings`,
    { headers: { 'content-type': 'application/json' }, body: JSON.stringify(draft) },
    201,
  );
}

/** A review link of the posting, as its owner makes it: the reviewer's token and page URL. */
export function createReviewLinkOn(baseUrl, { id, editToken }) {
  return post(`${baseUrl}/api/postings/${id}/review-links`, { headers: { authorization: `Bearer ${editToken}` } }, 201);
}

/** Publishes the posting's latest version at /jobs/{id}. */
export async function publishOn(baseUrl, { id, editToken }) {
  await post(`${baseUrl}/api/postings/${id}/publish`, { headers: { authorization: `Bearer ${editToken}` } }, 200);
}

/** Takes the posting's public page down (and out of the lists and feeds). */
export async function unpublishOn(baseUrl, { id, editToken }) {
  const response = await fetch(`${baseUrl}/api/postings/${id}/publish`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${editToken}` },
  });
  if (response.status !== 204) throw new Error(`DELETE /api/postings/${id}/publish: ${response.status}`);
}
