// GraphiQL at the API's URL: bundled (no request leaves the server), and it runs a query with
// the signed-in user's token.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BASE_URL, launchBrowser, missingPrerequisite, SCREENSHOTS, signIn } from './browser.mjs';

const skip = missingPrerequisite();
let browser;

before(async () => {
  if (!skip) browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('a signed-in developer opens GraphiQL at /graphql and runs a query offline', { skip: skip ?? false }, async () => {
  const { context, page, problems } = await signIn(browser);
  const elsewhere = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE_URL) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  try {
    await page.goto(`${BASE_URL}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('青石县').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql.png') });
    assert.deepEqual(elsewhere, [], 'GraphiQL must not load anything from outside');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
