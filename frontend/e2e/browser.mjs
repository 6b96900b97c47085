// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.GRIDGOV_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

export const credentials = {
  tenantCode: process.env.GRIDGOV_E2E_TENANT ?? '',
  username: process.env.GRIDGOV_E2E_USER ?? '',
  password: process.env.GRIDGOV_E2E_PASSWORD ?? '',
};

/**
 * A community staff member, who keeps the archives: reads residents, may reveal full ID
 * numbers and imports files. The demo county's `community.qinghe` (青河社区) unless set.
 */
export const archivist = {
  tenantCode: process.env.GRIDGOV_E2E_ARCHIVIST_TENANT ?? credentials.tenantCode,
  username: process.env.GRIDGOV_E2E_ARCHIVIST_USER ?? 'community.qinghe',
  password: process.env.GRIDGOV_E2E_ARCHIVIST_PASSWORD ?? credentials.password,
};

/**
 * A department user, who signs for and completes the events dispatched to the department.
 * The demo county's `dept.cg` (县城市管理局) unless set.
 */
export const departmentUser = {
  tenantCode: process.env.GRIDGOV_E2E_DEPARTMENT_TENANT ?? credentials.tenantCode,
  username: process.env.GRIDGOV_E2E_DEPARTMENT_USER ?? 'dept.cg',
  password: process.env.GRIDGOV_E2E_DEPARTMENT_PASSWORD ?? credentials.password,
};

/** Why the browser tests cannot run here, or null when they can. With GRIDGOV_E2E_REQUIRED=1
 * (the project's test command) a missing prerequisite is a failure, never a silent skip. */
export function missingPrerequisite() {
  const why = prerequisiteProblem();
  if (why && process.env.GRIDGOV_E2E_REQUIRED === '1') throw new Error(`browser tests cannot run: ${why}`);
  return why;
}

function prerequisiteProblem() {
  if (!credentials.tenantCode || !credentials.username || !credentials.password) {
    return 'set GRIDGOV_E2E_TENANT, GRIDGOV_E2E_USER and GRIDGOV_E2E_PASSWORD (or run `npm run e2e:mock`)';
  }
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) return `no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`;
  return null;
}

export async function launchBrowser() {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the app in Chinese, signs in through the form and waits for the layout. */
export async function signIn(browser, as = credentials) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });

  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('tenant-code').fill(as.tenantCode);
  await page.getByTestId('username').fill(as.username);
  await page.getByTestId('password').fill(as.password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-name').waitFor();
  return { context, page, problems };
}

/**
 * One browser for a test file: launched before its tests, closed after them. Returns the
 * `skip` option for `test()` and a function that gives the browser.
 */
export function browserForThisFile() {
  const skip = missingPrerequisite();
  let browser;
  before(async () => {
    if (!skip) browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return { skip: skip ?? false, browser: () => browser };
}
