#!/usr/bin/env node
// Runs the browser tests against e2e/mock-server.mjs serving the current dist/ build.
//   npm run build && npm run e2e:mock
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MOCK_ARCHIVIST, MOCK_PASSWORD, MOCK_TENANT, MOCK_USER, startMockServer } from './mock-server.mjs';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(frontend, 'dist', 'index.html'))) {
  console.error('frontend/dist is missing: run `npm run build` first');
  process.exit(1);
}

const mock = await startMockServer({ quiet: true });
console.log(`mock server on ${mock.url}`);
// GraphiQL needs the real server's introspection, which the mock does not answer; the mock
// covers the app's own pages.
const tests = ['e2e/grid-map.test.mjs', 'e2e/region-tree.test.mjs', 'e2e/archives.test.mjs'];
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
  cwd: frontend,
  stdio: 'inherit',
  env: {
    ...process.env,
    GRIDGOV_URL: mock.url,
    GRIDGOV_E2E_TENANT: MOCK_TENANT,
    GRIDGOV_E2E_USER: MOCK_USER,
    GRIDGOV_E2E_PASSWORD: MOCK_PASSWORD,
    GRIDGOV_E2E_ARCHIVIST_USER: MOCK_ARCHIVIST,
    // The mock's archives live in 幸福社区第一网格.
    GRIDGOV_E2E_GRID_CODE: `${MOCK_TENANT}001001001`,
  },
});
const code = await new Promise((done) => child.on('exit', (status) => done(status ?? 1)));
await mock.close();
process.exit(code);
