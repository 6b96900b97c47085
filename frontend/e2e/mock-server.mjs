#!/usr/bin/env node
// A stand-in for the GridGov server, for UI development and the browser test when the
// Rust server is not at hand. It serves frontend/dist and answers the few GraphQL
// operations the SPA sends, for a fictional county of 24 grids. It does not parse
// GraphQL: it picks the operation's root field and returns a superset of the fields
// the client asks for.
//
//   node e2e/mock-server.mjs            # http://127.0.0.1:8080 (MOCK_PORT to change)
//
// Sign in with tenant 379901, user admin, password mock-password (MOCK_PASSWORD); user
// `community` (community staff of 幸福社区, same password) keeps the archives.
// Also: user `locked` → ACCOUNT_LOCKED; tenant 379902 → TENANT_SUSPENDED.
// The archives (residents, buildings, teams, imports, exports) are in mock-archives.mjs;
// besides /graphql it answers POST /uploads, GET /downloads/… and GET /templates/….
// MOCK_ACCESS_TTL_SECONDS shortens access tokens to exercise the refresh flow;
// MOCK_MAX_PAGE caps connection pages to exercise "load more".

import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createArchives } from './mock-archives.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export const MOCK_TENANT = '379901';
export const MOCK_USER = 'admin';
export const MOCK_ARCHIVIST = 'community';
export const MOCK_PASSWORD = process.env.MOCK_PASSWORD ?? 'mock-password';

// ---------------------------------------------------------------- the fake county

const globalId = (n) => Buffer.from(`Region:${n}`).toString('base64');
const now = new Date('2024-01-01T00:00:00Z').toISOString();

/** @type {Map<string, {id: string, code: string, name: string, kind: string, gridKind: string | null, parentId: string | null, boundary: object | null, center: {lng: number, lat: number} | null}>} */
const regions = new Map();
let nextRegion = 1;

function addRegion(parentId, kind, code, name, extra = {}) {
  const region = {
    id: globalId(nextRegion++),
    code,
    name,
    kind,
    gridKind: null,
    parentId,
    boundary: null,
    center: null,
    ...extra,
  };
  regions.set(region.id, region);
  return region;
}

// A 6×4 lattice of grid cells around (117.00, 36.65); inner vertices are nudged so the
// grids look drawn by hand while neighbours still share their borders exactly.
const COLS = 6;
const ROWS = 4;
const ORIGIN = { lng: 117.0, lat: 36.65 };
const CELL = { lng: 0.006, lat: 0.005 };

function jitter(i, j, axis) {
  if (i === 0 || j === 0 || i === COLS || j === ROWS) return 0;
  const seed = Math.sin(i * 12.9898 + j * 78.233 + axis * 37.719) * 43758.5453;
  return (seed - Math.floor(seed) - 0.5) * 0.35;
}

function vertex(i, j) {
  return [
    +(ORIGIN.lng + (i + jitter(i, j, 0)) * CELL.lng).toFixed(6),
    +(ORIGIN.lat + (j + jitter(i, j, 1)) * CELL.lat).toFixed(6),
  ];
}

function cellPolygon(col, row) {
  const ring = [vertex(col, row), vertex(col + 1, row), vertex(col + 1, row + 1), vertex(col, row + 1)];
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}

function centreOf(polygon) {
  const ring = polygon.coordinates[0].slice(0, -1);
  const lng = ring.reduce((s, p) => s + p[0], 0) / ring.length;
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  return { lng: +lng.toFixed(6), lat: +lat.toFixed(6) };
}

const county = addRegion(null, 'COUNTY', MOCK_TENANT, '示范县');
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const plan = [
  { street: '城关街道', communities: [['幸福社区', 0, 0], ['和平社区', 3, 0]] },
  { street: '东湖街道', communities: [['东湖社区', 0, 2], ['柳树村', 3, 2]] },
];
plan.forEach(({ street, communities }, s) => {
  const streetCode = `${MOCK_TENANT}${String(s + 1).padStart(3, '0')}`;
  const streetRegion = addRegion(county.id, 'STREET', streetCode, street);
  communities.forEach(([name, col0, row0], c) => {
    const communityCode = `${streetCode}${String(c + 1).padStart(3, '0')}`;
    const community = addRegion(streetRegion.id, 'COMMUNITY', communityCode, name);
    let n = 0;
    for (let row = row0; row < row0 + 2; row++) {
      for (let col = col0; col < col0 + 3; col++) {
        const boundary = cellPolygon(col, row);
        const exclusive = name === '和平社区' && n === 4;
        const grid = addRegion(
          community.id,
          'GRID',
          `${communityCode}${String(n + 1).padStart(3, '0')}`,
          exclusive ? '第一中学专属网格' : `${name}第${ORDINALS[n]}网格`,
          { gridKind: exclusive ? 'EXCLUSIVE' : 'BASIC', boundary, center: centreOf(boundary) },
        );
        if (s === 0 && c === 0 && n === 0) {
          addRegion(grid.id, 'MICRO_GRID', `${grid.code}01`, '幸福家园1号院', { gridKind: 'BASIC' });
          addRegion(grid.id, 'MICRO_GRID', `${grid.code}02`, '幸福家园2号院', { gridKind: 'BASIC' });
        }
        n++;
      }
    }
  });
});

const childrenOf = (id) => [...regions.values()].filter((r) => r.parentId === id);

function ancestorsOf(region) {
  const chain = [];
  for (let p = region.parentId && regions.get(region.parentId); p; p = p.parentId && regions.get(p.parentId)) {
    chain.unshift(p);
  }
  return chain;
}

// ---------------------------------------------------------------- GraphQL answers

class GraphQLFailure extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const maxPage = Number(process.env.MOCK_MAX_PAGE ?? 100);

function connection(items, first, after, toNode) {
  const start = after ? Number(Buffer.from(after, 'base64').toString()) + 1 : 0;
  const size = Math.min(first ?? 20, maxPage, 100);
  const slice = items.slice(start, start + size);
  const cursor = (i) => Buffer.from(String(start + i)).toString('base64');
  const nodes = slice.map(toNode);
  return {
    edges: nodes.map((node, i) => ({ node, cursor: cursor(i) })),
    nodes,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: start + size < items.length,
      startCursor: slice.length ? cursor(0) : null,
      endCursor: slice.length ? cursor(slice.length - 1) : null,
    },
  };
}

function shallowRegion(r) {
  return {
    __typename: 'Region',
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    gridKind: r.gridKind,
    childCount: childrenOf(r.id).length,
    boundary: r.boundary,
    center: r.center,
    createdAt: now,
    updatedAt: now,
  };
}

function fullRegion(r, query, variables) {
  const first = Number(/children\s*\(\s*first:\s*(\d+)/.exec(query)?.[1] ?? variables.first ?? 100);
  const parent = r.parentId ? regions.get(r.parentId) : null;
  return {
    ...shallowRegion(r),
    parent: parent ? shallowRegion(parent) : null,
    ancestors: ancestorsOf(r).map(shallowRegion),
    children: connection(childrenOf(r.id), first, variables.after ?? null, shallowRegion),
  };
}

function gridMap() {
  const grids = [...regions.values()].filter((r) => r.kind === 'GRID' && r.boundary);
  return {
    gridCount: grids.length,
    featureCollection: {
      type: 'FeatureCollection',
      features: grids.map((g) => ({
        type: 'Feature',
        geometry: g.boundary,
        properties: {
          id: g.id,
          code: g.code,
          name: g.name,
          kind: g.kind,
          gridKind: g.gridKind,
          parentName: regions.get(g.parentId)?.name ?? '',
        },
      })),
    },
  };
}

const tenant = { id: 'VGVuYW50OjE=', code: MOCK_TENANT, name: '示范县', status: 'ACTIVE', createdAt: now };
const ARCHIVE_PERMISSIONS = ['resident:read', 'resident:write', 'resident:reveal', 'resident:sensitive', 'place:read', 'facility:read', 'place:write', 'team:read', 'team:write'];
const xingfu = [...regions.values()].find((r) => r.name === '幸福社区');

/** The signed-in users, by username. */
const viewers = {
  [MOCK_USER]: {
    user: { id: 'VXNlcjox', username: MOCK_USER, displayName: '县管理员', status: 'ACTIVE' },
    tenant,
    roleAssignments: [{ id: 'Um9sZUFzc2lnbm1lbnQ6MQ==', role: 'COUNTY_ADMIN', scopeId: null, scopeName: '示范县' }],
    permissions: ['region:read', 'region:write', 'department:read', 'department:write', 'user:manage', 'audit:read', ...ARCHIVE_PERMISSIONS, 'archive:configure'],
  },
  [MOCK_ARCHIVIST]: {
    user: { id: 'VXNlcjoy', username: MOCK_ARCHIVIST, displayName: '幸福社区工作人员', status: 'ACTIVE' },
    tenant,
    roleAssignments: [{ id: 'Um9sZUFzc2lnbm1lbnQ6Mg==', role: 'COMMUNITY_STAFF', scopeId: xingfu.id, scopeName: xingfu.name }],
    permissions: ['region:read', 'department:read', ...ARCHIVE_PERMISSIONS],
  },
};

function createSessions(accessTtlSeconds) {
  const access = new Map();
  const refresh = new Map();
  const issue = (username) => {
    const accessToken = randomBytes(16).toString('hex');
    const refreshToken = randomBytes(24).toString('hex');
    const expiresAt = Date.now() + accessTtlSeconds * 1000;
    access.set(accessToken, { username, expiresAt });
    refresh.set(refreshToken, username);
    return { accessToken, refreshToken, accessTokenExpiresAt: new Date(expiresAt).toISOString() };
  };
  return {
    issue,
    rotate(refreshToken) {
      const username = refresh.get(refreshToken);
      if (!username) throw new GraphQLFailure('UNAUTHENTICATED', 'refresh token is invalid or used');
      refresh.delete(refreshToken);
      return issue(username);
    },
    verify(header) {
      const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
      const session = token && access.get(token);
      if (!session || session.expiresAt <= Date.now()) {
        throw new GraphQLFailure('UNAUTHENTICATED', 'access token is missing, invalid or expired');
      }
      return { token, ...session };
    },
    revoke(token) {
      access.delete(token);
    },
  };
}

function rootField(query) {
  const body = query.replace(/#[^\n]*/g, '');
  return /\{\s*(\w+)/.exec(body)?.[1];
}

function answer(sessions, archives, { query = '', variables = {} }, authorization) {
  const field = rootField(query);
  switch (field) {
    case 'login': {
      const { tenantCode, username, password } = variables.input ?? {};
      if (!tenantCode || !username || !password) throw new GraphQLFailure('BAD_USER_INPUT', 'all fields are required');
      if (tenantCode === '379902') throw new GraphQLFailure('TENANT_SUSPENDED', 'tenant is suspended');
      if (tenantCode === MOCK_TENANT && username === 'locked') throw new GraphQLFailure('ACCOUNT_LOCKED', 'account locked');
      if (tenantCode !== MOCK_TENANT || !(username in viewers) || password !== MOCK_PASSWORD) {
        throw new GraphQLFailure('UNAUTHENTICATED', 'wrong tenant code, username or password');
      }
      return { login: sessions.issue(username) };
    }
    case 'refreshToken':
      return { refreshToken: sessions.rotate(variables.input?.refreshToken) };
    default:
      break;
  }
  const session = sessions.verify(authorization);
  switch (field) {
    case 'logout':
      sessions.revoke(session.token);
      return { logout: { ok: true } };
    case 'me':
      return { me: viewers[session.username] };
    case 'regionRoots':
      return { regionRoots: [shallowRegion(county)] };
    case 'region': {
      const region = regions.get(variables.id);
      if (!region) throw new GraphQLFailure('NOT_FOUND', 'region not found');
      return { region: fullRegion(region, query, variables) };
    }
    case 'regions': {
      const search = String(variables.search ?? '').trim();
      const hits = [...regions.values()].filter((r) => !search || r.name.includes(search) || r.code.startsWith(search));
      return { regions: connection(hits, variables.first ?? 20, variables.after ?? null, shallowRegion) };
    }
    case 'gridMap':
      return { gridMap: gridMap() };
    default: {
      const archived = archives.answer(field, variables, { username: session.username, viewer: viewers[session.username] });
      if (archived) return archived;
      throw new GraphQLFailure('BAD_USER_INPUT', `the mock does not answer "${field}"`);
    }
  }
}

// ---------------------------------------------------------------- HTTP

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

async function serveStatic(distDir, pathname, res) {
  const root = resolve(distDir);
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) file = join(root, 'index.html');
  try {
    if (!(await stat(file)).isFile()) file = join(root, 'index.html');
  } catch {
    file = join(root, 'index.html');
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('frontend/dist is missing: run `npm run build` first\n');
  }
}

function readBytes(req) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const readBody = async (req) => (await readBytes(req)).toString('utf8');

/** Largest upload accepted (the real server's limit is a setting). */
const maxUploadBytes = Number(process.env.MOCK_MAX_UPLOAD_BYTES ?? 5 * 1024 * 1024);

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sendFile(res, file) {
  if (!file) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'no such file; it may have expired' } });
  res.writeHead(200, {
    'Content-Type': file.fileName.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/octet-stream',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
  res.end(file.bytes);
}

/** `POST /uploads?name=…`: the raw file as the body, a bearer token; answers `{uploadId}`. */
async function receiveUpload(sessions, archives, req, res, name) {
  let session;
  try {
    session = sessions.verify(req.headers.authorization);
  } catch (error) {
    return sendJson(res, 401, { error: { code: error.code, message: error.message } });
  }
  const bytes = await readBytes(req);
  if (bytes.length > maxUploadBytes) {
    return sendJson(res, 413, { error: { code: 'PAYLOAD_TOO_LARGE', message: `a file may have at most ${maxUploadBytes} bytes` } });
  }
  if (bytes.length === 0) return sendJson(res, 400, { error: { code: 'BAD_USER_INPUT', message: 'the file is empty' } });
  const fileName = name || 'upload';
  return sendJson(res, 201, { uploadId: archives.upload(session.username, fileName, bytes), fileName, size: bytes.length });
}

/**
 * Starts the mock on 127.0.0.1. Resolves to `{ url, close }`.
 * @param {{ port?: number, distDir?: string, accessTtlSeconds?: number, quiet?: boolean }} [options]
 */
export function startMockServer(options = {}) {
  const {
    port = 0,
    distDir = join(here, '..', 'dist'),
    accessTtlSeconds = Number(process.env.MOCK_ACCESS_TTL_SECONDS ?? 900),
    quiet = false,
  } = options;
  const sessions = createSessions(accessTtlSeconds);
  const archives = createArchives({
    grid: [...regions.values()].find((r) => r.name === '幸福社区第一网格'),
    regionsList: () => [...regions.values()],
    shallowRegion,
    connection,
    GraphQLFailure,
  });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { pathname } = url;
    if (pathname === '/uploads' && req.method === 'POST') {
      return receiveUpload(sessions, archives, req, res, url.searchParams.get('name'));
    }
    if (pathname.startsWith('/downloads/')) return sendFile(res, archives.download(pathname.slice('/downloads/'.length)));
    if (pathname.startsWith('/templates/')) return sendFile(res, archives.template(pathname.slice('/templates/'.length)));
    if (pathname !== '/graphql') return serveStatic(distDir, pathname, res);
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' });
      return res.end();
    }
    let payload;
    try {
      const body = JSON.parse(await readBody(req));
      payload = { data: answer(sessions, archives, body, req.headers.authorization) };
    } catch (error) {
      const code = error instanceof GraphQLFailure ? error.code : 'BAD_USER_INPUT';
      payload = { data: null, errors: [{ message: error.message, extensions: { code } }] };
    }
    if (!quiet) {
      const outcome = payload.errors ? payload.errors[0].extensions.code : 'ok';
      console.log(`[mock] ${new Date().toISOString()} graphql ${outcome}`);
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(payload));
  });

  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolveStart({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.MOCK_PORT ?? 8080);
  const { url } = await startMockServer({ port });
  console.log(`GridGov mock server on ${url} — tenant ${MOCK_TENANT}, user ${MOCK_USER}, password ${MOCK_PASSWORD}`);
}
