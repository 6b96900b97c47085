// The mock server's archives: residents, households, houses and buildings in the first grid
// of 幸福社区, key groups, grid teams, figures, and imports and exports with their files.
// Like the rest of the mock it answers by root field with a superset of what the app asks.

import { randomBytes } from 'node:crypto';

const gid = (type, n) => Buffer.from(`${type}:${n}`).toString('base64');
const today = new Date().toISOString().slice(0, 10);

const KEY_GROUPS = [
  ['LIVING_ALONE_ELDERLY', '独居老人', 'KEY', 7, false, false],
  ['FLOATING', '流动人口', 'ROUTINE', 30, false, false],
  ['VETERAN', '退役军人', 'ROUTINE', 90, false, false],
  ['SEVERE_MENTAL_ILLNESS', '严重精神障碍患者', 'KEY', 7, true, true],
].map(([code, name, careLevel, visitIntervalDays, sensitive, hasRiskLevel], i) => ({
  __typename: 'KeyGroup',
  id: gid('KeyGroup', i + 1),
  code,
  name,
  careLevel,
  visitIntervalDays,
  sensitive,
  hasRiskLevel,
  builtin: true,
  description: null,
}));
const keyGroupByCode = new Map(KEY_GROUPS.map((g) => [g.code, g]));

/** GB 11643 check character of the first 17 digits. */
export function checkCharacter(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

const maskId = (id) => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;
const maskPhone = (phone) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

// (building, unit, floor, room, use, household, members: [name, first 17 of the ID, phone, relationship, residence type, key group])
const HOMES = [
  ['1号楼', '1单元', 1, '101', 'OWNER_OCCUPIED', 'XF0001', [
    ['张建国', '37990119580312001', '13805311234', 'HEAD', 'REGISTERED', 'VETERAN'],
    ['李秀英', '37990119600815002', null, 'SPOUSE', 'REGISTERED', null],
  ]],
  ['1号楼', '1单元', 1, '102', 'RENTED', 'XF0002', [
    ['王磊', '41010219900521003', '13912345678', 'HEAD', 'FLOATING', 'FLOATING'],
  ]],
  ['2号楼', '1单元', 2, '201', 'OWNER_OCCUPIED', 'XF0003', [
    ['刘淑兰', '37990119400107002', '05318888666', 'HEAD', 'REGISTERED', 'LIVING_ALONE_ELDERLY'],
  ]],
];

const STAFF = [
  ['郭春梅', 'FEMALE', '13853100001', 'GRID_LEADER'],
  ['韩晓东', 'MALE', '13853100002', 'FULL_TIME_WORKER'],
  ['冯玉兰', 'FEMALE', '13853100003', 'BUILDING_LEADER'],
];

const IMPORT_HEADERS = {
  RESIDENTS: ['姓名', '公民身份号码', '性别', '民族', '联系电话', '居住类型', '与户主关系', '政治面貌', '网格编码', '户号', '重点人群', '标签', '备注'],
  HOUSES: ['网格编码', '楼栋', '单元', '楼层', '房号', '房屋用途', '面积', '户号'],
  STAFF: ['姓名', '性别', '出生年份', '手机', '学历', '是否党员', '来源', '用工类型', '入职日期', '所属区域编码', '网格编码', '网格角色'],
};
/** The server's warning of a cell that starts with =, +, -, @, tab or CR. */
const FORMULA_WARNING = '以 =、+、-、@ 开头的内容在电子表格中可能被当作公式执行，请确认内容无误';
const TEMPLATE_STEMS = { RESIDENTS: 'residents', HOUSES: 'houses', STAFF: 'staff' };
const RESIDENCE_LABELS = { 户籍: 'REGISTERED', 常住: 'RESIDENT', 流动: 'FLOATING', 境外: 'OVERSEAS' };

/** Splits CSV text (UTF-8, optional BOM, quoted cells) into rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows.filter((r) => r.some((v) => v.trim()));
}

/**
 * The archives of the mock county. `grid` is the region that holds every home;
 * `regionOf(id)` and `shallowRegion(r)` come from the mock's region tree.
 */
export function createArchives({ grid, regionsList, shallowRegion, connection, GraphQLFailure }) {
  const region = shallowRegion(grid);
  const residents = [];
  const households = [];
  const buildings = new Map();
  let n = 0;

  for (const [buildingName, unit, floor, room, houseUse, number, members] of HOMES) {
    if (!buildings.has(buildingName)) {
      buildings.set(buildingName, {
        __typename: 'Building',
        id: gid('Building', buildings.size + 1),
        name: buildingName,
        address: `幸福路 ${buildings.size + 1} 号`,
        floors: 6,
        unitCount: 2,
        center: null,
        version: 1,
        region,
        houses: [],
      });
    }
    const building = buildings.get(buildingName);
    const house = { __typename: 'House', id: gid('House', ++n), unit, floor, room, houseUse, area: 88.5, version: 1, households: [] };
    const household = { __typename: 'Household', id: gid('Household', n), number, version: 1, region, members: [] };
    for (const [name, first17, phone, relationship, residenceType, group] of members) {
      const idCardNo = first17 + checkCharacter(first17);
      const resident = {
        __typename: 'Resident',
        id: gid('Resident', residents.length + 1),
        name,
        gender: Number(first17[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
        birthDate: `${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`,
        fullIdCardNo: idCardNo,
        fullPhone: phone,
        idCardNo: maskId(idCardNo),
        phone: phone ? maskPhone(phone) : null,
        ethnicity: '汉族',
        residenceType,
        politicalStatus: 'MASSES',
        relationship,
        status: 'LIVING',
        tags: [],
        note: null,
        version: 1,
        region,
        keyGroups: group
          ? [{ id: gid('KeyGroupMembership', residents.length + 1), keyGroup: keyGroupByCode.get(group), startedOn: today, endedOn: null, riskLevel: null, note: null }]
          : [],
        timeline: [{ kind: 'REGISTERED', occurredOn: today, toRegion: region, fromRegion: null, place: null, note: null, recordedAt: new Date().toISOString() }],
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      };
      residents.push(resident);
      household.members.push(resident);
    }
    house.households.push(household);
    house.building = building;
    building.houses.push(house);
    households.push(household);
    for (const resident of household.members) {
      resident.household = household;
      resident.house = house;
    }
  }

  // Circular links (resident → household → members → …) are cut when answering.
  const residentView = (r) => {
    const { fullIdCardNo: _id, fullPhone: _phone, household, house, ...rest } = r;
    const members = household.members.map(({ fullIdCardNo: _i, fullPhone: _p, household: _h, house: _o, ...m }) => m);
    const { building, households: _hs, ...houseRest } = house;
    const { houses: _houses, ...buildingRest } = building;
    return { ...rest, household: { ...household, members, house: null }, house: { ...houseRest, building: buildingRest } };
  };

  const team = {
    grid: region,
    members: STAFF.map(([name, gender, phone, teamRole], i) => {
      const staff = { __typename: 'Staff', id: gid('Staff', i + 1), name, gender, phone: maskPhone(phone), partyMember: i === 0, starLevel: i === 0 ? 3 : null, status: 'ACTIVE' };
      return { staff, assignment: { id: gid('StaffAssignment', i + 1), teamRole, startedOn: today, endedOn: null, grid: region, staff } };
    }),
    composition: { leaders: 1, fullTime: 1, partTime: 1, professional: 0 },
    complete: true,
    missing: [],
  };
  const emptyTeam = (g) => ({
    grid: shallowRegion(g),
    members: [],
    composition: { leaders: 0, fullTime: 0, partTime: 0, professional: 0 },
    complete: false,
    missing: ['LEADER', 'FULL_TIME'],
  });

  const uploads = new Map();
  const downloads = new Map();
  const jobs = new Map();

  const matches = (filter = {}) => (r) =>
    (!filter.name || r.name.includes(filter.name)) &&
    (!filter.idCardNo || r.fullIdCardNo === filter.idCardNo) &&
    (!filter.phone || r.fullPhone === filter.phone) &&
    (!filter.keyGroupId || r.keyGroups.some((m) => m.keyGroup.id === filter.keyGroupId)) &&
    (!filter.residenceType || r.residenceType === filter.residenceType) &&
    (!filter.status || r.status === filter.status) &&
    (!filter.householdId || r.household.id === filter.householdId);

  /** Cells a spreadsheet would run as formulas, as the server warns of them (its CSV exports put a `'` before them). */
  function formulaWarnings(header, rows) {
    const warnings = [];
    rows.forEach((cells, index) => {
      cells.forEach((raw, column) => {
        const cell = (raw ?? '').trim().replace(/^'(?='*[=+\-@\t\r])/, '');
        if (/^[=+\-@\t\r]/.test(cell)) {
          warnings.push({ row: index + 2, column: header[column]?.trim() ?? '', code: 'FORMULA_LIKE', message: FORMULA_WARNING });
        }
      });
    });
    return warnings;
  }

  function validateResidents(rows) {
    const errors = [];
    const gridCodes = new Set(regionsList().filter((r) => r.kind === 'GRID' || r.kind === 'MICRO_GRID').map((r) => r.code));
    let created = 0;
    let updated = 0;
    rows.forEach((cells, index) => {
      const row = index + 2;
      const [name, idCardNo, , , , residence, , , gridCode] = cells.map((c) => (c ?? '').trim());
      const before = errors.length;
      if (!name) errors.push({ row, column: '姓名', code: 'REQUIRED', message: '必填' });
      if (!/^\d{17}[\dX]$/.test(idCardNo ?? '')) errors.push({ row, column: '公民身份号码', code: 'ID_CARD_BAD_CHARACTERS', message: '身份号码应为 17 位数字加 1 位数字或 X' });
      else if (checkCharacter(idCardNo.slice(0, 17)) !== idCardNo[17]) errors.push({ row, column: '公民身份号码', code: 'ID_CARD_BAD_CHECKSUM', message: '校验位不正确，请检查是否输错' });
      if (!RESIDENCE_LABELS[residence]) errors.push({ row, column: '居住类型', code: 'NOT_A_CHOICE', message: '应为 户籍、常住、流动、境外 之一' });
      if (gridCode && !gridCodes.has(gridCode)) errors.push({ row, column: '网格编码', code: 'UNKNOWN_GRID', message: '没有这个网格' });
      if (errors.length === before) {
        if (residents.some((r) => r.fullIdCardNo === idCardNo)) updated++;
        else created++;
      }
    });
    return { errors, created, updated };
  }

  function startImport({ kind, uploadId, dryRun = true }, username) {
    const upload = uploads.get(uploadId);
    if (!upload || upload.username !== username) {
      return { job: null, userErrors: [{ field: ['input', 'uploadId'], message: 'no such upload', code: 'UPLOAD_NOT_FOUND' }] };
    }
    const rows = parseCsv(upload.bytes.toString('utf8'));
    const header = rows.shift() ?? [];
    const job = {
      id: gid('ImportJob', jobs.size + 1),
      kind,
      status: 'QUEUED',
      dryRun,
      fileName: upload.name,
      totalRows: rows.length,
      processedRows: 0,
      createdCount: 0,
      updatedCount: 0,
      errorCount: 0,
      errors: [],
      warningCount: 0,
      warnings: [],
      failure: null,
      failureCode: null,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      polls: 0,
    };
    const expected = IMPORT_HEADERS[kind];
    const outcome =
      header.map((h) => h.trim()).join() !== expected.join()
        ? { failure: `表头应为：${expected.join('、')}`, failureCode: 'MISSING_HEADERS', errors: [], created: 0, updated: 0 }
        : kind === 'RESIDENTS'
          ? validateResidents(rows)
          : { errors: [], created: rows.length, updated: 0 };
    job.outcome = { ...outcome, warnings: outcome.failure ? [] : formulaWarnings(header, rows) };
    jobs.set(job.id, job);
    return { job: jobView(job), userErrors: [] };
  }

  /** A job runs for two polls (QUEUED, then RUNNING half-way), then finishes. */
  function advance(job) {
    job.polls++;
    if (job.polls === 1) Object.assign(job, { status: 'RUNNING', processedRows: Math.floor(job.totalRows / 2) });
    else if (job.status === 'RUNNING') {
      const { errors, warnings, created, updated, failure = null, failureCode = null } = job.outcome;
      const failed = failure !== null || errors.length > 0;
      Object.assign(job, {
        status: failed ? 'FAILED' : 'SUCCEEDED',
        processedRows: job.totalRows,
        createdCount: created,
        updatedCount: updated,
        errorCount: errors.length,
        errors: errors.slice(0, 100),
        warningCount: warnings.length,
        warnings: warnings.slice(0, 100),
        failure,
        failureCode,
        finishedAt: new Date().toISOString(),
      });
    }
  }

  const jobView = ({ outcome: _o, polls: _p, ...job }) => job;

  function exportResidents({ filter, format = 'XLSX', reveal = false }) {
    const rows = residents.filter(matches(filter ?? {}));
    const header = IMPORT_HEADERS.RESIDENTS.join(',');
    const lines = rows.map((r) =>
      [r.name, reveal ? r.fullIdCardNo : r.idCardNo, r.gender === 'MALE' ? '男' : '女', r.ethnicity, (reveal ? r.fullPhone : r.phone) ?? '', '', '', '', grid.code, r.household.number, '', '', ''].join(','),
    );
    const token = randomBytes(18).toString('base64url');
    // The mock writes CSV for either format: it has no spreadsheet writer.
    const fileName = `residents-mock.${format === 'CSV' ? 'csv' : 'xlsx'}`;
    downloads.set(token, { fileName, bytes: Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`) });
    return {
      download: { url: `/downloads/${token}`, fileName, rowCount: rows.length, expiresAt: new Date(Date.now() + 3600_000).toISOString() },
      userErrors: [],
    };
  }

  const buildingView = (b) => ({
    ...b,
    houses: b.houses.map(({ building: _b, ...house }) => ({
      ...house,
      households: house.households.map((h) => ({ ...h, members: h.members.map(residentView) })),
    })),
  });

  return {
    /** The answer for an archives root field, or undefined when the field is not one. */
    answer(field, variables, session) {
      switch (field) {
        case 'keyGroups':
          return { keyGroups: KEY_GROUPS };
        case 'residents': {
          const hits = residents.filter(matches(variables.filter ?? {}));
          return { residents: { ...connection(hits, variables.first ?? 20, variables.after ?? null, residentView), totalCount: hits.length } };
        }
        case 'resident': {
          const resident = residents.find((r) => r.id === variables.id);
          if (!resident) throw new GraphQLFailure('NOT_FOUND', 'resident not found');
          return { resident: residentView(resident) };
        }
        case 'revealResidentIdentifier': {
          const { residentId, field: which } = variables.input ?? {};
          const resident = residents.find((r) => r.id === residentId);
          if (!resident) throw new GraphQLFailure('NOT_FOUND', 'resident not found');
          if (!session.viewer.permissions.includes('resident:reveal')) throw new GraphQLFailure('FORBIDDEN', 'needs resident:reveal');
          return { revealResidentIdentifier: { value: which === 'PHONE' ? resident.fullPhone : resident.fullIdCardNo, userErrors: [] } };
        }
        case 'regionFigures': {
          const mine = variables.regionId === grid.id;
          const count = (type) => residents.filter((r) => r.residenceType === type).length;
          return {
            regionFigures: {
              region: shallowRegion(regionsList().find((r) => r.id === variables.regionId) ?? grid),
              households: mine ? households.length : 0,
              residents: mine ? residents.length : 0,
              residentsByType: ['REGISTERED', 'RESIDENT', 'FLOATING', 'OVERSEAS'].map((t) => ({ residenceType: t, count: mine ? count(t) : 0 })),
              partyMembers: 0,
              staff: mine ? team.members.length : 0,
              keyGroups: KEY_GROUPS.map((g) => ({ keyGroup: g, count: mine ? residents.filter((r) => r.keyGroups.some((m) => m.keyGroup.id === g.id)).length : 0 })),
              sizing: { status: 'TOO_SMALL', rule: { minHouseholds: 150, maxHouseholds: 300, maxResidents: 1000 } },
            },
          };
        }
        case 'buildings': {
          const list = variables.regionId && variables.regionId !== grid.id ? [] : [...buildings.values()];
          return { buildings: connection(list, variables.first ?? 20, variables.after ?? null, buildingView) };
        }
        case 'building': {
          const building = [...buildings.values()].find((b) => b.id === variables.id);
          if (!building) throw new GraphQLFailure('NOT_FOUND', 'building not found');
          return { building: buildingView(building) };
        }
        case 'gridTeams': {
          const teams = regionsList()
            .filter((r) => r.kind === 'GRID')
            .map((g) => (g.id === grid.id ? team : emptyTeam(g)));
          return { gridTeams: variables.incompleteOnly ? teams.filter((t) => !t.complete) : teams };
        }
        case 'importTemplates':
          return {
            importTemplates: Object.entries(IMPORT_HEADERS).map(([kind, headers]) => ({
              kind,
              fileName: `${TEMPLATE_STEMS[kind]}.csv`,
              // The mock has no spreadsheet writer: both links give the CSV template.
              url: `/templates/${TEMPLATE_STEMS[kind]}.csv`,
              csvUrl: `/templates/${TEMPLATE_STEMS[kind]}.csv`,
              headers,
            })),
          };
        case 'startImport':
          return { startImport: startImport(variables.input ?? {}, session.username) };
        case 'importJob': {
          const job = jobs.get(variables.id);
          if (!job) throw new GraphQLFailure('NOT_FOUND', 'import job not found');
          advance(job);
          return { importJob: jobView(job) };
        }
        case 'exportResidents':
          return { exportResidents: exportResidents(variables.input ?? {}) };
        default:
          return undefined;
      }
    },
    /** Keeps an uploaded file for `startImport`; answers its id. */
    upload(username, name, bytes) {
      const uploadId = randomBytes(18).toString('base64url');
      uploads.set(uploadId, { username, name, bytes });
      return uploadId;
    },
    download: (token) => downloads.get(token),
    /** A template by its file name (`residents.csv`), or undefined. */
    template(file) {
      const kind = Object.keys(TEMPLATE_STEMS).find((k) => `${TEMPLATE_STEMS[k]}.csv` === file);
      return kind && { fileName: file, bytes: Buffer.from(`\uFEFF${IMPORT_HEADERS[kind].join(',')}\r\n`) };
    },
  };
}
