// node ws-close-codes.mjs BASE_URL TOKEN
// Raw `ws` sockets against ws://BASE/graphql provoke each protocol fault of graphql-transport-ws and check
// the close code: 4400 4401 4403 4406 4408 4409 4429 (4500 needs a server fault; the C# tests provoke it).
import WebSocket from 'ws';

const [base, token] = process.argv.slice(2);
if (!base || !token) {
  console.error('usage: node ws-close-codes.mjs BASE_URL TOKEN');
  process.exit(2);
}
const url = base.replace(/^http/, 'ws') + '/graphql';
const init = JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
const subscribe = (id) => JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { interviewUpdated { id } }' } });

const cases = [
  { code: 4400, name: 'bad message', send: ['not json'] },
  { code: 4400, name: 'unknown type', send: [JSON.stringify({ type: 'nope' })] },
  { code: 4401, name: 'subscribe before ack', send: [subscribe('early')] },
  { code: 4403, name: 'invalid token', send: [JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer nope' } })] },
  { code: 4403, name: 'no token', send: [JSON.stringify({ type: 'connection_init' })] },
  { code: 4406, name: 'no subprotocol', protocol: null, send: [] },
  { code: 4408, name: 'no connection_init within 3 s', send: [], wait: 6000 },
  { code: 4409, name: 'duplicate operation id', send: [init], afterAck: [subscribe('same'), subscribe('same')] },
  { code: 4429, name: 'second connection_init', send: [init], afterAck: [init] },
];

function run(check) {
  return new Promise((resolve) => {
    const socket = check.protocol === null ? new WebSocket(url) : new WebSocket(url, 'graphql-transport-ws');
    const timer = setTimeout(() => { socket.terminate(); resolve({ ...check, got: 'no close' }); }, check.wait ?? 4000);
    socket.on('open', () => check.send.forEach((m) => socket.send(m)));
    socket.on('message', (data) => {
      if (JSON.parse(data.toString()).type === 'connection_ack') (check.afterAck ?? []).forEach((m) => socket.send(m));
    });
    socket.on('close', (code) => { clearTimeout(timer); resolve({ ...check, got: code }); });
    socket.on('error', () => {});
  });
}

const results = await Promise.all(cases.map(run));
let failed = 0;
for (const r of results) {
  const ok = r.got === r.code;
  if (!ok) failed++;
  console.log(`${ok ? 'ok' : 'FAIL'} ${r.code} ${r.name}${ok ? '' : ` (closed with ${r.got})`}`);
}
console.log(`ws close codes: ${results.length - failed} of ${results.length} as the protocol says`);
process.exit(failed ? 1 : 0);
