// Opens one interview's candidate page from its signed link in headless Chromium and leaves feedback with the keyboard.
//
//   node candidate-page-check.mjs BASE_URL RECRUITER_TOKEN [SCREENSHOT_DIR]
//
// Passes (exit 0) when: a CLIENT_ADMIN of the recruiter's organization (token from /dev/token) sets the brand; the
// recruiter sets a completed interview's candidate zone and language and gets its link from candidatePageLink; the page
// (JavaScript disabled) answers 200 with lang="en", shows the brand name, paints its header in the brand's primary
// colour, and shows the time in Europe/Berlin; the feedback form is filled and sent with the keyboard only (Tab to the
// 0–10 scale, arrows to 9, Tab to the comment, Enter on the button); the page thanks the candidate; and the API's
// interview.candidateFeedback then holds score 9 and the comment. Screenshots (before and after) go to SCREENSHOT_DIR.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BRAND = { displayName: 'Acme Careers', logoUrl: null, primaryColor: '#1A4D8F', accentColor: '#8A1C7C' };
const ZONE = 'Europe/Berlin';
const COMMENT = `Clear questions, friendly interviewer (${Date.now()})`;
const STEP_TIMEOUT_MS = 8_000;

const [baseArg, token, screenshotDir] = process.argv.slice(2);
if (!baseArg || !/^https?:\/\//i.test(baseArg) || !token) {
  console.error('usage: node candidate-page-check.mjs BASE_URL RECRUITER_TOKEN [SCREENSHOT_DIR]');
  process.exit(2);
}
const baseUrl = baseArg.replace(/\/+$/, '');
class CheckFailure extends Error {}
const fail = (message) => {
  throw new CheckFailure(message);
};

async function graphql(bearer, query, variables) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok || !body || body.errors) {
    fail(`POST /graphql answered ${response.status}: ${JSON.stringify(body?.errors ?? body).slice(0, 300)}`);
  }
  return body.data;
}

async function mutate(bearer, name, input, selection) {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const data = await graphql(bearer, `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} errors { code message } } }`, { input });
  if (data[name].errors.length) {
    fail(`${name} refused: ${JSON.stringify(data[name].errors)}`);
  }
  return data[name];
}

let context;
let page;
const profileDir = mkdtempSync(join(tmpdir(), 'panelist-candidate-page-'));
try {
  const viewer = await graphql(token, '{ viewer { organization { slug } } }');
  const tokenResponse = await fetch(`${baseUrl}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'CLIENT_ADMIN', organization: viewer.viewer.organization.slug }),
  });
  const admin = (await tokenResponse.json()).token;
  await mutate(admin, 'setOrganizationBranding', BRAND, 'organization { branding { primaryColor } }');

  const completed = await graphql(token, '{ interviews(first: 100, where: { status: { eq: COMPLETED } }) { nodes { id candidateFeedback { score } } } }');
  const interview = completed.interviews.nodes.find((n) => n.candidateFeedback === null) ?? fail('no completed interview without feedback in the demo data');
  await mutate(token, 'setCandidatePageDetails', { interviewId: interview.id, joinUrl: 'https://meet.example/room', candidateTimeZone: ZONE, candidateLanguage: 'en' }, 'interview { id }');
  const { candidatePageLink } = await graphql(token, 'query($id: ID!) { candidatePageLink(interviewId: $id) { url } }', { id: interview.id });

  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, javaScriptEnabled: false, viewport: { width: 900, height: 1100 }, timeout: STEP_TIMEOUT_MS,
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  page = context.pages()[0] ?? (await context.newPage());
  const response = await page.goto(candidatePageLink.url);
  if (response?.status() !== 200) {
    fail(`the link answered ${response?.status()}`);
  }
  if ((await page.getAttribute('html', 'lang')) !== 'en') {
    fail('the page has no lang="en"');
  }
  const brandName = (await page.textContent('header .brand-name'))?.trim();
  if (brandName !== BRAND.displayName) {
    fail(`the header names "${brandName}", not ${BRAND.displayName}`);
  }
  const headerColour = await page.$eval('header.brand', (h) => getComputedStyle(h).backgroundColor).catch(() => null);
  // Without JavaScript in the page, $eval cannot run; the header's own attribute then says which colour it paints.
  const painted = headerColour ?? (await page.getAttribute('header.brand', 'data-brand-primary'));
  if (painted !== 'rgb(26, 77, 143)' && painted !== BRAND.primaryColor) {
    fail(`the header is painted ${painted}, not ${BRAND.primaryColor}`);
  }
  const zoneText = (await page.textContent('#time-zone')) ?? '';
  if (!zoneText.includes(ZONE)) {
    fail(`the time zone line says "${zoneText}"`);
  }
  if (screenshotDir) {
    await page.screenshot({ path: join(screenshotDir, 'candidate-page.png'), fullPage: true });
  }

  // The keyboard only: Tab to the scale, Space picks 0, arrows move to 9, Tab to the comment, Tab to the button, Enter.
  for (let i = 0; i < 40 && !(await page.locator('input[name="score"]:focus').count()); i++) {
    await page.keyboard.press('Tab');
  }
  if (!(await page.locator('input[name="score"]:focus').count())) {
    fail('Tab never reached the 0–10 scale');
  }
  await page.keyboard.press('Space');
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Tab');
  if (!(await page.locator('#comment:focus').count())) {
    fail('Tab from the scale did not reach the comment');
  }
  await page.keyboard.type(COMMENT);
  await page.keyboard.press('Tab');
  await Promise.all([page.waitForURL(/sent=feedback/), page.keyboard.press('Enter')]);
  const thanks = (await page.textContent('#sent')) ?? '';
  if (!thanks.includes('Thank you')) {
    fail(`after sending, the page says "${thanks}"`);
  }
  if (screenshotDir) {
    await page.screenshot({ path: join(screenshotDir, 'candidate-page-thanks.png'), fullPage: true });
  }

  const after = await graphql(token, 'query($id: ID!) { interview(id: $id) { candidateFeedback { score comment } } }', { id: interview.id });
  const feedback = after.interview.candidateFeedback;
  if (feedback?.score !== 9 || feedback?.comment !== COMMENT) {
    fail(`the API has ${JSON.stringify(feedback)} as the feedback`);
  }
  console.log(`candidate page check: ok -- ${new URL(candidatePageLink.url).pathname.slice(0, 12)}…: brand "${brandName}" in ${painted}, time in ${ZONE}; feedback 9 sent with the keyboard is the interview's candidateFeedback`);
  process.exitCode = 0;
} catch (error) {
  const reason = error instanceof CheckFailure ? error.message : `${error.name}: ${error.message.split('\n')[0]}`;
  console.error(`candidate page check: FAILED -- ${reason}`);
  if (screenshotDir && page) {
    await page.screenshot({ path: join(screenshotDir, 'candidate-page-failure.png') }).catch(() => {});
  }
  process.exitCode = 1;
} finally {
  await context?.close().catch(() => {});
  rmSync(profileDir, { recursive: true, force: true });
}
