// GraphiQL at the API's URL: bundled (no request leaves the server), and it runs a query with
// the signed-in user's token.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { BASE_URL, browserForThisFile, SCREENSHOTS, signIn } from './browser.mjs';

const { skip, browser } = browserForThisFile();

test('a signed-in developer opens GraphiQL at /graphql and runs a query offline', { skip }, async () => {
  const { context, page, problems } = await signIn(browser());
  const elsewhere = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE_URL) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  try {
    await page.goto(`${BASE_URL}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    // The editor holds the default query once GraphiQL has started; run it then.
    await page.locator('.graphiql-query-editor').getByText('regionRoots').first().waitFor();
    const result = page.locator('.result-window');
    await page.locator('.graphiql-execute-button').click();
    try {
      await result.getByText('青石县').first().waitFor();
    } catch (error) {
      await page.screenshot({ path: join(SCREENSHOTS, 'graphiql-failed.png') });
      throw new Error(`GraphiQL showed no result: ${await result.textContent()} ${problems.join('; ')}`, { cause: error });
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql.png') });
    assert.deepEqual(elsewhere, [], 'GraphiQL must not load anything from outside');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
