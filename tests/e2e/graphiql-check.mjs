// Opens GraphiQL at BASE_URL/graphql/ui in headless Chromium and runs one query through its UI.
//
//   node graphiql-check.mjs BASE_URL TOKEN [SCREENSHOT.png]
//   node graphiql-check.mjs http://localhost:5080 "$TOKEN" /tmp/graphiql.png
//
// Passes (exit 0) when: the page answers 200; the token typed into the page's token bar is stored;
// the query `{ interviewers(first: 2) { nodes { name } } }` run with GraphiQL's run button shows a result with
// a `data.interviewers.nodes` list and no errors; and the browser made no request outside BASE_URL's origin
// (GraphiQL's assets are served by the API, never by a CDN). Anything else prints why and exits 1.
// The screenshot, when asked for, is written on failure too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const QUERY = '{ interviewers(first: 2) { nodes { name } } }';
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
const consoleErrors = [];

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
  const setByApi = await page.evaluate((query) => {
    const element = document.querySelector('.graphiql-query-editor .CodeMirror');
    if (!element || !element.CodeMirror) {
      return false;
    }
    element.CodeMirror.setValue(query);
    return true;
  }, QUERY);
  if (!setByApi) {
    const editor = page.locator('.graphiql-query-editor [contenteditable="true"], .graphiql-query-editor textarea').first();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(QUERY);
  }

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

  // 9. Nothing left the API's origin.
  if (foreignRequests.length) {
    fail(`requests outside ${origin}:\n  ${foreignRequests.join('\n  ')}`);
  }

  if (screenshotPath) {
    await page.screenshot({ path: screenshotPath });
  }
  const names = result.data.interviewers.nodes.map((i) => i?.name).join(', ');
  console.log(`graphiql check: ok -- ${uiUrl}: Docs list Query's ${queryFields.length} fields; "${COMPLETE_PREFIX}" completes to ${suggestions.join('/')}; ran ${QUERY}: ${result.data.interviewers.nodes.length} interviewer(s) (${names}); no request left ${origin}`);
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
