// node graphql-ws-check.mjs BASE_URL TOKEN
// The stock graphql-ws client subscribes to interviewUpdated over ws://BASE/graphql (graphql-transport-ws),
// a mutation follows over HTTP, and the event must arrive within 2 s. Exits non-zero otherwise.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const [base, token] = process.argv.slice(2);
if (!base || !token) {
  console.error('usage: node graphql-ws-check.mjs BASE_URL TOKEN');
  process.exit(2);
}
const wsUrl = base.replace(/^http/, 'ws') + '/graphql';

async function http(query, variables) {
  const response = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const data = await http('{ interviews(first: 1, where: { status: { in: [REQUESTED, SCHEDULED] } }) { nodes { id engagement { id } } } }');
const interview = data.interviews.nodes[0];
if (!interview) {
  console.error('graphql-ws: no open interview to change');
  process.exit(1);
}

const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
  connectionParams: { authorization: `Bearer ${token}` } });
const fail = (message) => { console.error('graphql-ws: ' + message); client.dispose(); process.exit(1); };

try {
  // A query on the same socket answers after the subscription before it registered.
  const events = client.iterate({ query: 'subscription($e: ID) { interviewUpdated(engagement: $e) { id candidate { name } } }',
    variables: { e: interview.engagement.id } });
  const first = events.next();
  for await (const viewer of client.iterate({ query: '{ viewer { role } }' })) {
    if (viewer.errors) fail('query over the socket failed: ' + JSON.stringify(viewer.errors));
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 200));

  const name = 'E2E ' + Date.now();
  const started = performance.now();
  const mutation = await http('mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { errors { code } } }',
    { input: { interviewId: interview.id, candidate: { name, email: 'e2e@example.com' } } });
  if (mutation.updateCandidate.errors.length) fail('mutation refused: ' + JSON.stringify(mutation.updateCandidate.errors));

  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no event within 2 s')), 2000));
  const { value } = await Promise.race([first, timeout]);
  const elapsed = performance.now() - started;
  const updated = value?.data?.interviewUpdated;
  if (updated?.id !== interview.id || updated?.candidate?.name !== name) fail('unexpected event ' + JSON.stringify(value));
  await events.return();
  console.log(`graphql-ws: interviewUpdated arrived ${elapsed.toFixed(0)} ms after the mutation was sent`);
  client.dispose();
} catch (e) {
  fail(e.message);
}
