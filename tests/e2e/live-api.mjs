// Shared by the checks that talk to the running API: a dev token per role, and one GraphQL POST.

/** A token from BASE_URL/dev/token (Development only) for ROLE, in the demo organization "acme" where one is needed. */
export async function devToken(baseUrl, role) {
  const request = role === 'INTERVIEWER' || role === 'PLATFORM_ADMIN' ? { role } : { role, organization: 'acme' };
  const response = await fetch(`${baseUrl}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) {
    throw new Error(`POST ${baseUrl}/dev/token ${JSON.stringify(request)} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
  return (await response.json()).token;
}

/** POSTs QUERY with the bearer TOKEN; answers the status and the parsed body. */
export async function postGraphQL(url, token, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    throw new Error(`${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
}
