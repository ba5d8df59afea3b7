// node graphql-ws-metrics-check.mjs BASE_URL TOKEN
// The stock graphql-ws client subscribes to metricsUpdated for one ACTIVE engagement; the first message is the
// current snapshot; a requestInterview over HTTP follows, and a snapshot counting it must arrive within 2 s.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const [base, token] = process.argv.slice(2);
if (!base || !token) {
  console.error('usage: node graphql-ws-metrics-check.mjs BASE_URL TOKEN');
  process.exit(2);
}

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

const found = await http('{ engagements(first: 1, where: { status: { eq: ACTIVE } }) { nodes { id } } }');
const engagement = found.engagements.nodes[0]?.id;
if (!engagement) {
  console.error('graphql-ws metrics: no ACTIVE engagement');
  process.exit(1);
}

const client = createClient({ url: base.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
  connectionParams: { authorization: `Bearer ${token}` } });
const fail = (message) => { console.error('graphql-ws metrics: ' + message); client.dispose(); process.exit(1); };
const within = (promise, ms, what) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(what)), ms))]);

try {
  const snapshots = client.iterate({
    query: 'subscription($scope: MetricsScopeInput!) { metricsUpdated(scope: $scope) { interviewsRequested engagement { id } } }',
    variables: { scope: { engagement } },
  });
  const first = (await within(snapshots.next(), 5000, 'no first snapshot within 5 s')).value;
  if (first?.errors) fail('subscription refused: ' + JSON.stringify(first.errors));
  const before = first.data.metricsUpdated.interviewsRequested;

  const started = performance.now();
  const requested = await http(
    'mutation($e: ID!) { requestInterview(input: { engagementId: $e, candidate: { name: "E2E Metrics", email: "e2e.metrics@example.com" } }) { errors { code } } }',
    { e: engagement });
  if (requested.requestInterview.errors.length) fail('requestInterview refused: ' + JSON.stringify(requested.requestInterview.errors));

  const next = (await within(snapshots.next(), 2000, 'no new snapshot within 2 s')).value;
  const elapsed = performance.now() - started;
  const after = next?.data?.metricsUpdated;
  if (after?.interviewsRequested !== before + 1 || after?.engagement?.id !== engagement) fail('unexpected snapshot ' + JSON.stringify(next));
  await snapshots.return();
  console.log(`graphql-ws metrics: metricsUpdated went from ${before} to ${before + 1} requested ${elapsed.toFixed(0)} ms after requestInterview was sent`);
  client.dispose();
} catch (e) {
  fail(e.message);
}
