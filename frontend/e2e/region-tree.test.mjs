// The region tree as a person uses it: expand the county lazily, search, read details.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { browserForThisFile, SCREENSHOTS, signIn } from './browser.mjs';

const { skip, browser } = browserForThisFile();

test('a signed-in user expands the region tree and opens a region found by search', { skip }, async () => {
  const { context, page, problems } = await signIn(browser());
  try {
    await page.getByTestId('menu-regions').click();
    const tree = page.getByTestId('region-tree');
    await tree.locator('.ant-tree-treenode').first().waitFor();

    // Expanding the root loads its children on demand.
    await tree.locator('.ant-tree-switcher').first().click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="region-tree"] .ant-tree-treenode').length > 1);

    // Search by the first street's name, as read from the tree, and open the hit.
    const secondTitle = await tree.locator('.ant-tree-treenode').nth(1).locator('.ant-tree-title').textContent();
    const streetName = (secondTitle ?? '').split(/\s/)[0];
    assert.ok(streetName, 'the root has a child');
    await page.getByTestId('region-search').fill(streetName);
    await page.getByTestId('region-search').press('Enter');
    await page.locator('.ant-list-item', { hasText: streetName }).first().click();

    const name = page.getByTestId('region-details').getByTestId('region-name');
    await name.waitFor();
    assert.equal((await name.textContent())?.trim(), streetName);

    await page.screenshot({ path: join(SCREENSHOTS, 'region-tree.png') });
    assert.deepEqual(problems, [], 'the page logged errors');
  } finally {
    await context.close();
  }
});
