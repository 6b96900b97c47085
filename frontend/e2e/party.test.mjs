// The party archives (党建) as the county admin uses them: the organisation tree with what
// needs attention, a branch's members and a member's record, and a meeting recorded with
// each member's attendance.
//
//   GRIDGOV_URL=http://127.0.0.1:8080 GRIDGOV_E2E_TENANT=371599 GRIDGOV_E2E_USER=admin \
//   GRIDGOV_E2E_PASSWORD='GridGov#2026' npm run e2e
//
// Needs the demo county's party archives (`serve --demo`): 青河社区党委 › 青河社区第一网格党支部
// with 张建国 (secretary), 王磊 and others. The meeting's topic is unique, so the test can run
// again on the same database.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { browserForThisFile, SCREENSHOTS, signIn } from './browser.mjs';

const { skip, browser } = browserForThisFile();

const COMMITTEE = process.env.GRIDGOV_E2E_PARTY_COMMITTEE ?? '青河社区党委';
const BRANCH = process.env.GRIDGOV_E2E_PARTY_BRANCH ?? '青河社区第一网格党支部';
const SECRETARY = process.env.GRIDGOV_E2E_PARTY_SECRETARY ?? '张建国';
const EXCUSED = process.env.GRIDGOV_E2E_PARTY_EXCUSED ?? '王磊';

/** Today in the browser's calendar, as the date picker writes it. */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Waits until the open drawer has finished sliding in (for a steady screenshot). */
async function drawerSettled(page) {
  await page.waitForFunction(() => {
    const panel = document.querySelector('.ant-drawer-content-wrapper');
    return panel && Math.abs(panel.getBoundingClientRect().right - window.innerWidth) < 1;
  });
}

test('the county admin reads the party tree, a member, and records a branch meeting', { skip }, async () => {
  const { context, page, problems } = await signIn(browser());
  try {
    await page.getByTestId('menu-party').click();
    const tree = page.getByTestId('party-tree');
    await tree.getByText(COMMITTEE, { exact: true }).waitFor();
    await tree.getByText(BRANCH, { exact: true }).waitFor();
    // The committee's term ends within 90 days: the tree marks it and the card lists it.
    await tree.locator('[data-testid="party-tree-node"]', { hasText: COMMITTEE }).getByTestId('party-tree-warning').waitFor();
    await page.getByTestId('terms-ending').getByText(COMMITTEE).waitFor();
    const overdue = page.getByTestId('overdue-meetings');
    await overdue.waitFor();
    assert.ok(await overdue.isVisible(), 'the overdue-meetings card is shown');

    // The branch: its overview, then its members and the secretary's record.
    await tree.getByText(BRANCH, { exact: true }).click();
    const panel = page.getByTestId('party-organisation');
    await panel.getByTestId('party-organisation-name').getByText(BRANCH).waitFor();
    await panel.getByTestId('party-figures').waitFor();
    await panel.getByTestId('party-officers').getByText(SECRETARY).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'party-overview.png') });

    await panel.getByTestId('party-tab-members').click();
    const members = panel.getByTestId('party-members-table');
    await members.locator('tbody tr', { hasText: EXCUSED }).waitFor();
    await members.locator('tbody tr', { hasText: SECRETARY }).getByTestId('party-member-name').click();
    const detail = page.getByTestId('party-member-detail');
    await detail.getByTestId('party-member-detail-name').getByText(SECRETARY).waitFor();
    await detail.getByTestId('party-member-transfers').waitFor();
    await detail.getByTestId('party-member-points').waitFor();
    await drawerSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'party-member.png') });
    await page.locator('.ant-drawer-close').click();
    await detail.waitFor({ state: 'detached' });

    // 记录会议: a committee meeting today, everyone present but one member excused.
    await panel.getByTestId('party-tab-meetings').click();
    await panel.getByTestId('party-meetings-table').waitFor();
    await panel.getByTestId('record-meeting').click();
    const form = page.getByTestId('meeting-form');
    await form.waitFor();
    await form.getByTestId('meeting-kind').click();
    await page.locator('.ant-select-dropdown').getByTitle('支部委员会', { exact: true }).click();
    assert.equal(await form.getByTestId('meeting-date').inputValue(), today(), 'the meeting is today by default');
    const topic = `浏览器测试会议-${Date.now()}`;
    await form.getByTestId('meeting-topic').fill(topic);
    const excused = form.getByTestId(`attendance-${EXCUSED}`);
    await excused.waitFor();
    await excused.getByText('请假', { exact: true }).click();
    await form.getByTestId(`attendance-${SECRETARY}`).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'party-meeting-form.png') });
    await page.getByTestId('meeting-submit').click();
    await form.waitFor({ state: 'detached' });

    // The new meeting is listed; its attendance shows who was excused.
    const row = panel.getByTestId('party-meetings-table').locator('tbody tr', { hasText: topic });
    await row.waitFor();
    await row.click();
    const attendance = panel.getByTestId('meeting-attendance');
    await attendance.waitFor();
    assert.match((await attendance.locator('tr', { hasText: EXCUSED }).textContent()) ?? '', /请假/);
    assert.match((await attendance.locator('tr', { hasText: SECRETARY }).textContent()) ?? '', /出席/);
    await page.screenshot({ path: join(SCREENSHOTS, 'party-meetings.png') });

    assert.deepEqual(problems, [], 'the page logged errors');
  } finally {
    await context.close();
  }
});
