// The closed loop of an event (事件闭环) through the UI: the county admin reports an event with
// the intake form (its grid picked by clicking the map), accepts it and dispatches it to
// 县城市管理局; the department user `dept.cg`, watching 部门工作台, is told of the dispatch live,
// signs for it and reports it done; the admin, whose open detail follows live, closes it and
// revisits it. The list shows the warning colour chips.
//
//   GRIDGOV_URL=http://127.0.0.1:8080 GRIDGOV_E2E_TENANT=371599 GRIDGOV_E2E_USER=admin \
//   GRIDGOV_E2E_PASSWORD='GridGov#2026' node --test e2e/events.test.mjs
//
// Needs the demo county (`serve --demo`): its grid 青河社区第一网格, the department 县城市管理局
// and its user dept.cg, and the event category 占道经营. The description carries
// a timestamp, so the test can run again on the same database.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { browserForThisFile, departmentUser, SCREENSHOTS, signIn } from './browser.mjs';

const { skip, browser } = browserForThisFile();

const GRID = process.env.GRIDGOV_E2E_EVENT_GRID ?? '青河社区第一网格';
const DEPARTMENT = process.env.GRIDGOV_E2E_EVENT_DEPARTMENT ?? '县城市管理局';
/** A category of the general family to report in. */
const CATEGORY = process.env.GRIDGOV_E2E_EVENT_CATEGORY ?? '占道经营';

/** Waits until the open drawer has finished sliding in (for steady clicks and screenshots). */
async function drawerSettled(page) {
  await page.waitForFunction(() => {
    const panel = document.querySelector('.ant-drawer-content-wrapper');
    return panel && Math.abs(panel.getBoundingClientRect().right - window.innerWidth) < 1;
  });
}

/** Takes one action of the event's detail through its modal; `fill` fills the form. */
async function act(page, action, expectedStatus, fill = async () => {}) {
  const detail = page.getByTestId('event-detail');
  await detail.getByTestId(`event-action-${action}`).click();
  const form = page.getByTestId('event-action-form');
  await form.waitFor();
  await fill(form);
  await page.getByTestId('event-action-submit').click();
  await form.waitFor({ state: 'detached' });
  await detail.getByTestId('event-status').getByText(expectedStatus, { exact: true }).waitFor();
}

/** Picks an option of the open antd select or tree-select dropdown by its title. */
async function pickOption(page, title) {
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await dropdown.getByTitle(title, { exact: true }).first().click();
}

test('an event goes round the loop: reported, dispatched, signed for, done, closed, revisited', { skip }, async () => {
  const admin = await signIn(browser());
  let department;
  try {
    const page = admin.page;

    // 上报事件: category, description, urgency, the grid by a click on the map.
    await page.getByTestId('menu-events-new').click();
    const form = page.getByTestId('report-form');
    await form.waitFor();
    await form.getByTestId('report-category').click();
    await page.keyboard.type(CATEGORY);
    await pickOption(page, CATEGORY);
    await form.getByTestId('report-category').getByTitle(CATEGORY).waitFor();
    const description = `浏览器测试事件-${Date.now()}：青河路与文昌街路口占道堆放建筑材料`;
    await form.getByTestId('report-description').fill(description);
    await form.getByTestId('report-urgency').getByText('紧急', { exact: true }).click();

    await page.waitForFunction((name) => window.__gridgovMap?.grids.some((g) => g.name === name), GRID);
    const pixel = await page.evaluate((name) => {
      const map = window.__gridgovMap;
      const grid = map.grids.find((g) => g.name === name);
      return map.pixelOf(grid.id);
    }, GRID);
    assert.ok(pixel, `the map draws ${GRID}`);
    await page.getByTestId('grid-map').click({ position: { x: pixel[0], y: pixel[1] } });
    await form.getByTestId('report-grid').getByTitle(GRID, { exact: false }).waitFor();
    await form.getByTestId('report-point').waitFor();
    await form.getByTestId('report-reporter-name').fill('李群众');
    await form.getByTestId('report-reporter-phone').fill('13800138000');
    await page.screenshot({ path: join(SCREENSHOTS, 'events-report.png') });
    await form.getByTestId('report-submit').click();

    const reported = page.getByTestId('reported-number');
    await reported.waitFor();
    const number = /编号\s*(\S+)/.exec((await reported.textContent()) ?? '')?.[1];
    assert.ok(number, 'the new event has a number');

    // Its detail: reported, in the clicked grid, waiting to be accepted.
    await page.getByTestId('reported-open').click();
    const detail = page.getByTestId('event-detail');
    await detail.getByTestId('event-number').getByText(number, { exact: true }).waitFor();
    await detail.getByTestId('event-status').getByText('待受理', { exact: true }).waitFor();
    assert.equal((await detail.getByTestId('event-grid').textContent())?.trim(), GRID);
    assert.equal((await detail.getByTestId('event-description').textContent())?.trim(), description);
    await drawerSettled(page);
    await act(page, 'ACCEPT', '已受理', (f) => f.getByTestId('event-action-comment').fill('情况属实，予以受理'));

    // The department user watches 部门工作台 before the dispatch arrives.
    department = await signIn(browser(), departmentUser);
    const desk = department.page;
    await desk.getByTestId('menu-department').click();
    await desk.getByTestId('department-events').waitFor();
    // Let the page's live subscription settle before the dispatch is sent.
    await desk.waitForTimeout(1500);

    // 派遣 to 县城市管理局.
    await act(page, 'DISPATCH', '已派遣', async (f) => {
      await f.getByTestId('event-action-department').click();
      await pickOption(page, DEPARTMENT);
      await f.getByTestId('event-action-comment').fill('请城管局处置');
    });
    assert.equal((await detail.getByTestId('event-department').textContent())?.trim(), DEPARTMENT);

    // The list, most urgent first, shows the dispatched event with its colour chip.
    await page.locator('.ant-drawer-close').click();
    await detail.waitFor({ state: 'detached' });
    const row = page.getByTestId('events-table').locator('tbody tr', { hasText: number });
    await row.waitFor();
    const chip = row.getByTestId('warning-chip');
    assert.match((await chip.getAttribute('data-colour')) ?? '', /^(GREEN|YELLOW|ORANGE|RED)$/, 'an open event has a colour');
    assert.ok(
      (await page.getByTestId('events-table').locator('[data-testid="warning-chip"][data-colour]').count()) > 0,
      'the list shows colour chips',
    );
    assert.match((await row.getByTestId('event-row-status').textContent()) ?? '', /已派遣/);
    await page.screenshot({ path: join(SCREENSHOTS, 'events-list.png') });

    // The department is told live, opens the event from the notice, signs for it and completes it.
    const notice = desk.getByTestId('dispatch-notification').filter({ hasText: number });
    await notice.waitFor();
    await notice.getByRole('button').click();
    const deskDetail = desk.getByTestId('event-detail');
    await deskDetail.getByTestId('event-number').getByText(number, { exact: true }).waitFor();
    await drawerSettled(desk);
    await desk.getByTestId('department-events').locator('tbody tr', { hasText: number }).waitFor();
    await act(desk, 'SIGN_FOR', '处置中');
    await act(desk, 'COMPLETE', '待核查', (f) => f.getByTestId('event-action-result').fill('已清理占道建筑材料，恢复通行'));
    await desk.screenshot({ path: join(SCREENSHOTS, 'events-department.png') });

    // The admin's open detail follows live; the admin verifies, closes and revisits.
    await row.click();
    await detail.getByTestId('event-number').getByText(number, { exact: true }).waitFor();
    await detail.getByTestId('event-status').getByText('待核查', { exact: true }).waitFor();
    await drawerSettled(page);
    await act(page, 'CLOSE', '已结案', (f) => f.getByTestId('event-action-comment').fill('现场核查通过'));
    await act(page, 'REVISIT', '已回访', async (f) => {
      await f.getByTestId('event-action-satisfaction').getByText('满意', { exact: true }).click();
      await f.getByTestId('event-action-comment').fill('电话回访，群众满意');
    });

    // The timeline holds every step, oldest first.
    const actions = await detail
      .getByTestId('event-timeline-entry')
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-action')));
    for (const step of ['REPORT', 'ACCEPT', 'DISPATCH', 'SIGN_FOR', 'COMPLETE', 'CLOSE', 'REVISIT']) {
      assert.ok(actions.includes(step), `the timeline has ${step}: ${actions.join(', ')}`);
    }
    assert.equal(actions[0], 'REPORT');
    assert.equal(actions.at(-1), 'REVISIT');
    await page.screenshot({ path: join(SCREENSHOTS, 'events-detail.png') });

    await page.locator('.ant-drawer-close').click();
    await detail.waitFor({ state: 'detached' });
    await row.getByTestId('event-row-status').getByText('已回访', { exact: true }).waitFor();

    assert.deepEqual(admin.problems, [], 'the admin page logged errors');
    assert.deepEqual(department.problems, [], 'the department page logged errors');
  } finally {
    await department?.context.close();
    await admin.context.close();
  }
});
