// Opens GraphiQL at BASE_URL/graphql/ui in headless Chromium and runs one query through its UI.
//
//   node graphiql-check.mjs BASE_URL TOKEN [SCREENSHOT.png]
//   node graphiql-check.mjs http://localhost:5080 "$TOKEN" /tmp/graphiql.png
//
// Passes (exit 0) when: the page answers 200; the token typed into the page's token bar is stored;
// the query `{ interviewers(first: 2) { nodes { name } } }` run with GraphiQL's run button shows a result with
// a `data.interviewers.nodes` list and no errors; the subscription `subscription { interviewUpdated { id status } }`
// run the same way opens a graphql-transport-ws socket to BASE_URL/graphql with the token in connection_init's
// payload, and after this script changes an open interview's candidate over HTTP (same token) the result pane
// shows that interview's event within 5 s; and the browser made no request outside BASE_URL's origin
// (GraphiQL's assets are served by the API, never by a CDN). Anything else prints why and exits 1.
// The screenshot, when asked for, is written on failure too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const QUERY = '{ interviewers(first: 2) { nodes { name } } }';
const SUBSCRIPTION = 'subscription { interviewUpdated { id status } }';
const EVENT_TIMEOUT_MS = 5_000;
/** Fields the Docs explorer must list for Query, and the completion asked for by typing its first letters. */
const DOC_FIELDS = ['viewer', 'interviewers', 'engagements', 'node'];
const COMPLETE_PREFIX = 'intervi';
const COMPLETE_FIELD = 'interviewers';
const TOKEN_KEY = 'panelist.graphiql.token';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const STEP_TIMEOUT_MS = 30_000;

const [baseArg, token, screenshotPath] = process.argv.slice(2);
if (!baseArg || !/^https?:\/\//i.test(baseArg) || !token) {
  console.error('usage: node graphiql-check.mjs BASE_URL TOKEN [SCREENSHOT.png]   (e.g. http://localhost:5080 "$TOKEN" /tmp/graphiql.png)');
  process.exit(2);
}

const baseUrl = baseArg.replace(/\/+$/, '');
const origin = new URL(baseUrl).origin;
const uiUrl = `${baseUrl}/graphql/ui`;

/** A GraphQL request over HTTP from this script, with the same bearer token as the page. */
async function http(query, variables) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok || !body || body.errors) {
    fail(`POST /graphql answered ${response.status}: ${JSON.stringify(body?.errors ?? body).slice(0, 300)}`);
  }
  return body.data;
}

/** Requests that leave BASE_URL's origin. data: and blob: URLs never touch the network. */
const foreignRequests = [];
function isAllowed(url) {
  if (/^(data|blob|about):/i.test(url)) {
    return true;
  }
  const target = new URL(url);
  if (target.protocol === 'ws:' || target.protocol === 'wss:') {
    return target.host === new URL(origin).host;
  }
  return target.origin === origin;
}

class CheckFailure extends Error {}
function fail(message) {
  throw new CheckFailure(message);
}

const profileDir = mkdtempSync(join(tmpdir(), 'graphiql-check-'));
let context;
let page;
const pageErrors = [];
const graphqlAnswers = [];
const pageStarted = Date.now();
const consoleErrors = [];
/** The page's WebSockets with the graphql-transport-ws messages each sent and received. */
const sockets = [];
const describeSockets = () =>
  sockets.length
    ? sockets.map((s) => `${s.url} sent ${s.sent.map((m) => m.type).join(',') || 'nothing'}, received ${s.received.map((m) => m.type).join(',') || 'nothing'}${s.closed ? ', closed' : ''}`).join('; ')
    : 'no WebSocket was opened';

try {
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    timeout: STEP_TIMEOUT_MS,
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);

  context.on('request', (request) => {
    if (!isAllowed(request.url())) {
      foreignRequests.push(`${request.method()} ${request.url()}`);
    }
  });
  // Record and refuse anything off-origin, so that the check cannot hang on (or leak to) the internet.
  await context.route('**/*', (route) => (isAllowed(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));

  page = context.pages()[0] ?? (await context.newPage());
  page.on('websocket', (ws) => {
    if (!isAllowed(ws.url())) {
      foreignRequests.push(`WEBSOCKET ${ws.url()}`);
    }
    const socket = { url: ws.url(), sent: [], received: [], closed: false };
    sockets.push(socket);
    const parse = (payload) => {
      try {
        return JSON.parse(payload);
      } catch {
        return { type: String(payload).slice(0, 100) };
      }
    };
    ws.on('framesent', (frame) => socket.sent.push(parse(frame.payload)));
    ws.on('framereceived', (frame) => socket.received.push(parse(frame.payload)));
    ws.on('close', () => {
      socket.closed = true;
    });
  });
  // Every answer of /graphql over HTTP, so that a failure says what the page was told (401, TIMEOUT, …).
  page.on('response', async (answer) => {
    if (answer.request().method() !== 'POST' || !answer.url().startsWith(`${baseUrl}/graphql`)) {
      return;
    }
    const sentToken = /^Bearer /i.test(answer.request().headers().authorization ?? '');
    const body = await answer.text().catch(() => '');
    const codes = [...body.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]);
    graphqlAnswers.push(`${answer.status()}${sentToken ? '' : ' (no token)'}${codes.length ? ` ${[...new Set(codes)].join(',')}` : ''} after ${Date.now() - pageStarted} ms`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });

  // 1. The page.
  const response = await page.goto(uiUrl, { waitUntil: 'load' });
  if (!response) {
    fail(`no response for ${uiUrl}`);
  }
  if (response.status() !== 200) {
    fail(`GET ${uiUrl} answered ${response.status()}: ${(await response.text()).slice(0, 300)}`);
  }

  // 2. GraphiQL rendered: its query editor and its run button.
  await page.locator('.graphiql-query-editor').first().waitFor({ state: 'visible' }).catch(() =>
    fail(`GraphiQL's query editor did not appear${pageErrors.length ? `; page errors: ${pageErrors.join(' | ')}` : ''}`));

  // 3. The token, through the page's own token bar (stored in localStorage, sent as a bearer token).
  const tokenInput = page.locator('#token-input');
  await tokenInput.waitFor({ state: 'visible' }).catch(() => fail('the token input (#token-input) is missing'));
  await tokenInput.fill(token);
  await tokenInput.press('Enter');
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), TOKEN_KEY);
  if (stored !== token) {
    fail(`the token was not stored in localStorage["${TOKEN_KEY}"]`);
  }

  // Without a token GraphiQL has nothing to introspect with, so the page must not have asked (a 401 there would
  // leave "Error fetching schema" on a first visit).
  const anonymous = graphqlAnswers.filter((a) => a.includes('(no token)'));
  if (anonymous.length) {
    fail(`the page sent /graphql requests before a token was set: ${anonymous.join(' | ')}`);
  }

  // 4. The Docs explorer: GraphiQL introspects the API with the token and lists Query's fields.
  const docsButton = page.locator('button[aria-label="Show Documentation Explorer"]').first();
  await docsButton.click().catch((error) => fail(`could not open the Docs explorer: ${error.message.split('\n')[0]}`));
  const explorer = page.locator('.graphiql-doc-explorer');
  const queryLink = explorer.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first();
  await queryLink.waitFor({ state: 'visible' }).catch(async () =>
    fail(`the Docs explorer shows no Query type; it shows: ${JSON.stringify((await explorer.innerText().catch(() => '')).slice(0, 300))}`));
  await queryLink.click();
  await explorer.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor({ state: 'visible' }).catch(() =>
    fail('clicking Query in the Docs explorer did not open its page'));
  const fieldNames = explorer.locator('.graphiql-doc-explorer-field-name');
  await fieldNames.first().waitFor({ state: 'visible' }).catch(() => fail('the Docs page of Query lists no fields'));
  const queryFields = await fieldNames.allInnerTexts();
  const missingFields = DOC_FIELDS.filter((name) => !queryFields.includes(name));
  if (missingFields.length) {
    fail(`the Docs page of Query lacks ${missingFields.join(', ')}; it lists ${queryFields.join(', ')}`);
  }

  // 5. Autocompletion: typing part of a field name in the editor offers the field.
  const editorArea = page.locator('.graphiql-query-editor .CodeMirror').first();
  await editorArea.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(`{ ${COMPLETE_PREFIX}`, { delay: 30 });
  const hints = page.locator('.CodeMirror-hints .CodeMirror-hint');
  await hints.first().waitFor({ state: 'visible' }).catch(() => fail(`typing "{ ${COMPLETE_PREFIX}" offered no completion`));
  const suggestions = await hints.allInnerTexts();
  if (!suggestions.includes(COMPLETE_FIELD)) {
    fail(`typing "{ ${COMPLETE_PREFIX}" offered ${suggestions.join(', ')}, not ${COMPLETE_FIELD}`);
  }

  // 6. The query, into the editor. GraphiQL 3/4 use CodeMirror 5, whose element carries the editor instance;
  //    typing would fight its bracket auto-closing.
  const setQuery = async (query) => {
    const setByApi = await page.evaluate((text) => {
      const element = document.querySelector('.graphiql-query-editor .CodeMirror');
      if (!element || !element.CodeMirror) {
        return false;
      }
      element.CodeMirror.setValue(text);
      return true;
    }, query);
    if (!setByApi) {
      const editor = page.locator('.graphiql-query-editor [contenteditable="true"], .graphiql-query-editor textarea').first();
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(query);
    }
  };
  await setQuery(QUERY);

  // 7. Run it with the run button.
  const runButton = page.locator('button.graphiql-execute-button, button[aria-label^="Execute query"]').first();
  await runButton.click().catch((error) => fail(`could not click GraphiQL's run button: ${error.message.split('\n')[0]}`));

  // 8. The result pane shows "interviewers" (or errors).
  const readResult = () =>
    page.evaluate(() => {
      const element = document.querySelector('.graphiql-response .CodeMirror');
      if (element && element.CodeMirror) {
        return element.CodeMirror.getValue();
      }
      const pane = document.querySelector('.graphiql-response');
      return pane ? pane.innerText : '';
    });
  try {
    await page.waitForFunction(
      () => {
        const element = document.querySelector('.graphiql-response .CodeMirror');
        const text = element && element.CodeMirror ? element.CodeMirror.getValue() : (document.querySelector('.graphiql-response') || {}).innerText || '';
        return text.includes('"interviewers"') || text.includes('"errors"');
      },
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
  } catch {
    fail(`the result pane never showed "interviewers"; it shows: ${JSON.stringify((await readResult()).slice(0, 500))}`);
  }

  const resultText = await readResult();
  let result;
  try {
    result = JSON.parse(resultText);
  } catch {
    fail(`the result pane does not hold JSON: ${resultText.slice(0, 500)}`);
  }
  if (result.errors?.length) {
    fail(`the query returned errors: ${JSON.stringify(result.errors).slice(0, 500)}`);
  }
  if (!Array.isArray(result.data?.interviewers?.nodes)) {
    fail(`the result has no data.interviewers.nodes list: ${resultText.slice(0, 500)}`);
  }

  // 9. The subscription, run the same way, over GraphiQL's graphql-ws socket.
  const open = await http('{ interviews(first: 1, where: { status: { in: [REQUESTED, SCHEDULED] } }) { nodes { id } } }');
  const interview = open.interviews.nodes[0];
  if (!interview) {
    fail('no open (REQUESTED or SCHEDULED) interview to change');
  }
  await setQuery(SUBSCRIPTION);
  // GraphiQL parses the editor 100 ms (debounced) after a change and picks HTTP or the socket from that parse,
  // so the run waits until the parsed document is the subscription (as it is by the time a person clicks).
  await page.waitForFunction(
    () => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror;
      return !editor || editor.documentAST?.definitions?.[0]?.operation === 'subscription';
    },
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  ).catch(() => fail('GraphiQL never parsed the subscription in its editor'));
  await runButton.click().catch((error) => fail(`could not run the subscription: ${error.message.split('\n')[0]}`));
  const subscribed = () => sockets.find((s) => !s.closed && s.received.some((m) => m.type === 'connection_ack') && s.sent.some((m) => m.type === 'subscribe'));
  const subscribedBy = Date.now() + STEP_TIMEOUT_MS;
  while (!subscribed() && Date.now() < subscribedBy) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const socket = subscribed();
  if (!socket) {
    fail(`GraphiQL did not subscribe over graphql-transport-ws: ${describeSockets()}`);
  }
  const init = socket.sent.find((m) => m.type === 'connection_init');
  if (init?.payload?.authorization !== `Bearer ${token}`) {
    fail(`connection_init did not carry payload.authorization "Bearer <token>": ${JSON.stringify(init).slice(0, 300)}`);
  }
  // The server registers the operation after reading the subscribe message; give it that moment.
  await new Promise((resolve) => setTimeout(resolve, 200));

  const candidate = `GraphiQL e2e ${Date.now()}`;
  const started = Date.now();
  const changed = await http('mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { errors { code message } } }',
    { input: { interviewId: interview.id, candidate: { name: candidate, email: 'graphiql-e2e@example.com' } } });
  if (changed.updateCandidate.errors.length) {
    fail(`updateCandidate was refused: ${JSON.stringify(changed.updateCandidate.errors)}`);
  }
  try {
    await page.waitForFunction(
      (id) => {
        const element = document.querySelector('.graphiql-response .CodeMirror');
        const text = element && element.CodeMirror ? element.CodeMirror.getValue() : (document.querySelector('.graphiql-response') || {}).innerText || '';
        return text.includes('"interviewUpdated"') && text.includes(id);
      },
      interview.id,
      { timeout: EVENT_TIMEOUT_MS },
    );
  } catch {
    fail(`the result pane showed no interviewUpdated event for ${interview.id} within ${EVENT_TIMEOUT_MS / 1000} s; it shows: ${JSON.stringify((await readResult()).slice(0, 300))}; ${describeSockets()}`);
  }
  const eventMs = Date.now() - started;
  let event;
  try {
    event = JSON.parse(await readResult());
  } catch {
    fail(`the subscription's result pane does not hold JSON: ${(await readResult()).slice(0, 300)}`);
  }
  if (event.errors?.length || event.data?.interviewUpdated?.id !== interview.id || !event.data.interviewUpdated.status) {
    fail(`unexpected subscription event: ${JSON.stringify(event).slice(0, 300)}`);
  }

  // 10. Nothing left the API's origin.
  if (foreignRequests.length) {
    fail(`requests outside ${origin}:\n  ${foreignRequests.join('\n  ')}`);
  }

  if (screenshotPath) {
    await page.screenshot({ path: screenshotPath });
  }
  const names = result.data.interviewers.nodes.map((i) => i?.name).join(', ');
  console.log(`graphiql check: ok -- ${uiUrl}: Docs list Query's ${queryFields.length} fields; "${COMPLETE_PREFIX}" completes to ${suggestions.join('/')}; ran ${QUERY}: ${result.data.interviewers.nodes.length} interviewer(s) (${names}); ${SUBSCRIPTION} over graphql-ws showed ${interview.id} (${event.data.interviewUpdated.status}) ${eventMs} ms after updateCandidate; no request left ${origin}`);
  if (consoleErrors.length) {
    console.log(`  (browser console errors: ${consoleErrors.join(' | ')})`);
  }
  process.exitCode = 0;
} catch (error) {
  const reason = error instanceof CheckFailure ? error.message : `${error.name}: ${error.message.split('\n')[0]}`;
  console.error(`graphiql check: FAILED -- ${reason}`);
  if (pageErrors.length) {
    console.error(`  page errors: ${pageErrors.join(' | ')}`);
  }
  if (graphqlAnswers.length) {
    console.error(`  /graphql answered the page: ${graphqlAnswers.join(' | ')}`);
  }
  if (consoleErrors.length) {
    console.error(`  browser console errors: ${consoleErrors.join(' | ')}`);
  }
  if (foreignRequests.length && !reason.startsWith('requests outside')) {
    console.error(`  requests outside ${origin}: ${foreignRequests.join(', ')}`);
  }
  if (screenshotPath && page) {
    await page.screenshot({ path: screenshotPath }).then(
      () => console.error(`  screenshot of the failure: ${screenshotPath}`),
      () => {},
    );
  }
  process.exitCode = 1;
} finally {
  await context?.close().catch(() => {});
  rmSync(profileDir, { recursive: true, force: true });
}
