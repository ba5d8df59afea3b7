// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a running API.
//
//   node graphql-http-audit.mjs URL TOKEN
//   node graphql-http-audit.mjs http://localhost:5080/graphql "$TOKEN"
//
// Every audit request carries "Authorization: Bearer TOKEN" (omit TOKEN, or pass "", to send none).
// Prints one line per audit, "status id name -- reason", then a summary line, and exits 1 when any
// audit ends in "warn" (a failed SHOULD) or "error" (a failed MUST, or an audit that could not run).
import { serverAudits } from 'graphql-http';

const [url, token = ''] = process.argv.slice(2);
if (!url || !/^https?:\/\//i.test(url)) {
  console.error('usage: node graphql-http-audit.mjs URL TOKEN   (e.g. http://localhost:5080/graphql "$TOKEN")');
  process.exit(2);
}

if (!token) {
  console.error('note: no TOKEN given; the audits run without an Authorization header');
}

/** The global fetch, plus the bearer token on every request the audits make. */
function fetchWithToken(input, init = {}) {
  const headers = new Headers(init.headers);
  if (token) {
    headers.set('authorization', `Bearer ${token}`);
  }
  return fetch(input, { ...init, headers });
}

// Fail fast, with one clear line, when nothing answers at URL.
try {
  await fetchWithToken(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });
} catch (error) {
  console.error(`graphql-http audit: cannot reach ${url}: ${error.cause?.message ?? error.message}`);
  process.exit(1);
}

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const audit of serverAudits({ url, fetchFn: fetchWithToken })) {
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    // graphql-http throws only for fatal problems (the request itself failed, an unexpected exception).
    result = { id: audit.id, name: audit.name, status: 'error', reason: `fatal: ${error.cause?.message ?? error.message}` };
  }

  counts[result.status] = (counts[result.status] ?? 0) + 1;
  let line = `${result.status} ${audit.id} ${audit.name}`;
  if (result.status !== 'ok') {
    const http = result.response?.status ? ` [HTTP ${result.response.status}]` : '';
    line += ` -- ${result.reason}${http}`;
  }
  console.log(line);
}

console.log(`graphql-http audit: ${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`);
process.exitCode = counts.warn > 0 || counts.error > 0 ? 1 : 0;
