// The grid map as a person uses it: sign in, see the grids, click one, read its details.
//
//   GRIDGOV_URL=http://127.0.0.1:8080 GRIDGOV_E2E_TENANT=… GRIDGOV_E2E_USER=… \
//   GRIDGOV_E2E_PASSWORD=… npm run e2e
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { browserForThisFile, SCREENSHOTS, signIn } from './browser.mjs';

const { skip, browser } = browserForThisFile();

test('a signed-in user clicks a grid on the map and sees its details', { skip }, async () => {
  const { context, page, problems } = await signIn(browser());
  try {
    await page.getByTestId('grid-map').locator('canvas').first().waitFor();
    // The chart publishes where each grid's centre is drawn once the map is rendered.
    await page.waitForFunction(() => (window.__gridgovMap?.grids.length ?? 0) > 0);
    // Let the first render settle before reading pixel positions.
    await page.waitForTimeout(500);

    const target = await page.evaluate(() => {
      const map = window.__gridgovMap;
      const box = document.querySelector('[data-testid="grid-map"]').getBoundingClientRect();
      for (const grid of map.grids) {
        const pixel = map.pixelOf(grid.id);
        if (!pixel) continue;
        const [x, y] = pixel;
        if (x > 0 && y > 0 && x < box.width && y < box.height) {
          return { name: grid.name, x: box.left + x, y: box.top + y };
        }
      }
      return null;
    });
    assert.ok(target, 'no grid is drawn inside the chart');

    await page.mouse.click(target.x, target.y);
    const drawer = page.getByTestId('grid-drawer');
    const name = drawer.getByTestId('region-name');
    await name.waitFor();
    assert.equal((await name.textContent())?.trim(), target.name);
    const details = await drawer.textContent();
    assert.match(details ?? '', /网格/, 'the drawer names the region level');

    // Screenshot once the drawer has finished sliding in.
    await page.waitForFunction(() => {
      const panel = document.querySelector('.ant-drawer-content-wrapper');
      return panel && Math.abs(panel.getBoundingClientRect().right - window.innerWidth) < 1;
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'grid-map.png') });
    assert.deepEqual(problems, [], 'the page logged errors');
  } finally {
    await context.close();
  }
});
