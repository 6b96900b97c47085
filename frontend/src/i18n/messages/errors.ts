import type { ErrorCode } from '../../api/codes.generated';
import type { BAD_RESPONSE, NETWORK_ERROR } from '../../api/errors';
import type { ImportFailureCode, ImportRowIssueCode, UserErrorCode } from '../../gql/graphql';

/**
 * Every code the server (or the client itself) can answer with has its own sentence here, in
 * both languages: the records are keyed by the generated code types, so a code added on the
 * server fails the build until it is worded. The server's `message` texts are for developers
 * and are never shown.
 */

/** Codes the client produces itself when there is no GraphQL error to read. */
export type ClientErrorCode = typeof NETWORK_ERROR | typeof BAD_RESPONSE;

/** Top-level errors (`extensions.code`): "you can't", or the request failed. */
const errorZh: Record<ErrorCode | ClientErrorCode, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录',
  ACCOUNT_LOCKED: '账号已被锁定，请稍后再试或联系管理员',
  TENANT_SUSPENDED: '该租户已停用，请联系平台运营方',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '数据不存在或已被删除',
  BAD_USER_INPUT: '提交的内容有误，请检查后重试',
  CONFLICT: '数据已被他人修改，请刷新后重试',
  INVALID_TRANSITION: '事件状态已变化，不能执行此操作',
  RATE_LIMITED: '尝试次数过多，请稍后再试',
  QUERY_REJECTED: '请求过大或过于复杂，已被拒绝',
  PAYLOAD_TOO_LARGE: '文件太大，请拆分后再上传',
  GRAPHQL_PARSE_FAILED: '请求格式有误，请刷新页面后重试',
  GRAPHQL_VALIDATION_FAILED: '页面版本与服务器不一致，请刷新页面后重试',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试',
  TIMEOUT: '请求处理超时，未保存任何修改，请稍后重试',
  INTERNAL: '服务器内部错误，请稍后重试；如持续出现请联系管理员',
  NETWORK: '无法连接服务器，请检查网络',
  BAD_RESPONSE: '服务器返回的内容无法识别，请稍后重试',
};

const errorEn: Record<ErrorCode | ClientErrorCode, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  ACCOUNT_LOCKED: 'This account is locked. Try later or contact your administrator.',
  TENANT_SUSPENDED: 'This tenant is suspended. Contact the platform operator.',
  FORBIDDEN: 'You are not allowed to do this',
  NOT_FOUND: 'Not found, or it has been deleted',
  BAD_USER_INPUT: 'Something in the request is wrong; check it and try again',
  CONFLICT: 'Someone changed this in the meantime; reload and try again',
  INVALID_TRANSITION: 'The event has moved on; this action no longer applies',
  RATE_LIMITED: 'Too many attempts. Please try again later.',
  QUERY_REJECTED: 'The request is too large or too complex and was refused.',
  PAYLOAD_TOO_LARGE: 'The file is too large; split it and upload again',
  GRAPHQL_PARSE_FAILED: 'The request was malformed; reload the page and try again',
  GRAPHQL_VALIDATION_FAILED: 'This page is out of date with the server; reload it and try again',
  SERVICE_UNAVAILABLE: 'The service is briefly unavailable. Please try again shortly.',
  TIMEOUT: 'The request took too long; nothing was changed. Please try again.',
  INTERNAL: 'Something went wrong on the server. Try again later, or tell your administrator.',
  NETWORK: 'Cannot reach the server. Check your network.',
  BAD_RESPONSE: 'The server answered with something unexpected. Please try again later.',
};

/** Payload `userErrors`: "your input is wrong", shown beside the field or with its label. */
const userErrorZh: Record<UserErrorCode, string> = {
  INVALID_CODE: '编码应为 1–32 位数字或大写字母',
  CODE_NOT_EXTENDING_PARENT: '编码应以上级区域的编码开头',
  CODE_TAKEN: '该编码已被使用',
  INVALID_KIND_NESTING: '该层级不能放在所选上级之下',
  GRID_KIND_NOT_ALLOWED: '只有网格才能设置网格类型',
  INVALID_BOUNDARY: '边界不是有效的多边形',
  INVALID_CENTER: '中心点坐标超出经纬度范围',
  INVALID_NAME: '名称应为 1–100 个字符',
  REGION_NOT_EMPTY: '该区域下还有下级区域，不能删除',
  INVALID_MOVE: '不能移动到该位置',
  WEAK_PASSWORD: '密码至少 8 位，并包含大写字母、小写字母、数字、符号中的三类',
  WRONG_PASSWORD: '当前密码不正确',
  INVALID_USERNAME: '用户名应为 3–64 位字母、数字或 . _ -',
  USERNAME_TAKEN: '该用户名已被使用',
  INVALID_SCOPE: '该角色不能授予在所选区域上',
  ROLE_ALREADY_ASSIGNED: '已拥有该角色',
  INVALID_TENANT_CODE: '租户代码应为六位县级行政区划代码',
  TENANT_CODE_TAKEN: '该租户代码已被使用',
  IN_USE: '仍有数据引用此项，不能删除',
  ID_CARD_WRONG_LENGTH: '身份号码应为 18 位',
  ID_CARD_BAD_CHARACTERS: '身份号码应为 17 位数字加 1 位数字或 X',
  ID_CARD_BAD_BIRTH_DATE: '身份号码中的出生日期无效',
  ID_CARD_BAD_CHECKSUM: '身份号码校验位不正确，请检查是否输错',
  ID_CARD_TAKEN: '该身份号码已登记',
  INVALID_PHONE: '电话应为 11 位手机号或带区号的固定电话',
  INVALID_VALUE: '取值无效，请检查',
  REQUIRED: '必填',
  NOT_A_GRID: '请选择网格或微网格',
  VERSION_CONFLICT: '数据已被他人修改，请关闭后重新打开',
  ALREADY_MEMBER: '该居民已在此重点人群中',
  UNREADABLE_FILE: '无法读取该文件，请使用模板（.xlsx 或 UTF-8 编码的 CSV）',
  UPLOAD_NOT_FOUND: '上传的文件已过期或不存在，请重新选择文件',
  POINT_OUTSIDE_GRIDS: '该位置不在任何网格内',
  UNSUPPORTED_FILE: '照片应为 JPEG、PNG 或 WebP 格式，且不超过大小限制',
  INVALID_MERGE_TARGET: '不能合并到该事件',
  INVALID_TARGET: '不能转交到所选部门或层级',
};

const userErrorEn: Record<UserErrorCode, string> = {
  INVALID_CODE: 'A code has 1 to 32 digits or capital letters',
  CODE_NOT_EXTENDING_PARENT: 'The code must start with the parent region\'s code',
  CODE_TAKEN: 'This code is already used',
  INVALID_KIND_NESTING: 'This level cannot sit under the chosen parent',
  GRID_KIND_NOT_ALLOWED: 'Only a grid has a grid kind',
  INVALID_BOUNDARY: 'The boundary is not a valid polygon',
  INVALID_CENTER: 'The centre point is out of longitude/latitude range',
  INVALID_NAME: 'A name has 1 to 100 characters',
  REGION_NOT_EMPTY: 'The region still has regions under it and cannot be deleted',
  INVALID_MOVE: 'It cannot be moved there',
  WEAK_PASSWORD: 'A password has at least 8 characters from three of: capitals, small letters, digits, symbols',
  WRONG_PASSWORD: 'The current password is wrong',
  INVALID_USERNAME: 'A username has 3 to 64 letters, digits, dots, underscores or hyphens',
  USERNAME_TAKEN: 'This username is already used',
  INVALID_SCOPE: 'This role cannot be granted on the chosen region',
  ROLE_ALREADY_ASSIGNED: 'The role is already granted',
  INVALID_TENANT_CODE: 'A tenant code is a six-digit county division code',
  TENANT_CODE_TAKEN: 'This tenant code is already used',
  IN_USE: 'Something still refers to this, so it cannot be deleted',
  ID_CARD_WRONG_LENGTH: 'An ID number has 18 characters',
  ID_CARD_BAD_CHARACTERS: 'An ID number is 17 digits and a digit or X',
  ID_CARD_BAD_BIRTH_DATE: 'The birth date in the ID number is not a date',
  ID_CARD_BAD_CHECKSUM: 'The ID number\'s check character is wrong; check for a typo',
  ID_CARD_TAKEN: 'This ID number is already recorded',
  INVALID_PHONE: 'An 11-digit mobile number, or a landline with its area code',
  INVALID_VALUE: 'This value is not allowed',
  REQUIRED: 'Required',
  NOT_A_GRID: 'Choose a grid or micro-grid',
  VERSION_CONFLICT: 'Someone changed this in the meantime; close and open it again',
  ALREADY_MEMBER: 'The resident is already in this key group',
  UNREADABLE_FILE: 'The file cannot be read; use the template (.xlsx, or CSV in UTF-8)',
  UPLOAD_NOT_FOUND: 'The uploaded file has expired or is unknown; choose the file again',
  POINT_OUTSIDE_GRIDS: 'This place is outside every grid',
  UNSUPPORTED_FILE: 'A photo is a JPEG, PNG or WebP image within the size limit',
  INVALID_MERGE_TARGET: 'The event cannot be merged into that one',
  INVALID_TARGET: 'It cannot be passed to the chosen department or level',
};

/** An import's row errors and warnings, shown beside the row and column they name. */
const importIssueZh: Record<ImportRowIssueCode, string> = {
  REQUIRED: '必填',
  NOT_A_CHOICE: '不是可选值，请按模板中的可选值填写',
  INVALID_DATE: '日期格式应为 YYYY-MM-DD',
  INVALID_YEAR: '应为四位年份，如 1985',
  OUT_OF_RANGE: '数值超出允许范围',
  TOO_LONG: '内容过长',
  INVALID_NAME: '应为 1 到 100 个字符',
  ID_CARD_WRONG_LENGTH: '公民身份号码应为 18 位',
  ID_CARD_BAD_CHARACTERS: '公民身份号码应为 17 位数字加 1 位数字或 X',
  ID_CARD_BAD_BIRTH_DATE: '公民身份号码中的出生日期不是真实的过去日期',
  ID_CARD_BAD_CHECKSUM: '公民身份号码校验位不符，请检查是否输错',
  INVALID_PHONE: '应为 11 位手机号或带区号的固定电话',
  GENDER_MISMATCH: '性别与公民身份号码不符',
  INVALID_HOUSEHOLD_NUMBER: '户号应为 1–32 位字母、数字或 -',
  DUPLICATE_IN_FILE: '与文件中前面的行重复',
  UNKNOWN_GRID: '您的辖区内没有此编码的网格或微网格',
  UNKNOWN_REGION: '您的辖区内没有此编码的街道、社区或网格',
  UNKNOWN_COMMUNITY: '没有此编码的社区',
  UNKNOWN_HOUSEHOLD: '您的辖区内没有此户号；请先导入房屋与户',
  HOUSEHOLD_IN_OTHER_GRID: '该户位于另一个网格',
  GRID_OR_HOUSEHOLD_REQUIRED: '请填写网格编码或户号',
  UNKNOWN_KEY_GROUP: '没有此名称的重点人群',
  REGISTERED_ELSEWHERE: '此人已登记在县内其他辖区；请由该辖区办理迁入',
  AMBIGUOUS_ORGANISATION: '有多个同名党组织，请先在系统中改名以便区分',
  UNKNOWN_ORGANISATION: '您可管理的党组织中没有此名称',
  JOINED_IN_FUTURE: '入党日期不能晚于今天',
  INVALID_CONFIRMATION_DATE: '预备党员不填转正日期；转正日期不早于入党日期、不晚于今天',
  WORK_UNIT_REQUIRED: '在职党员须填写工作单位（至多 100 个字符）',
  INVALID_VALUE: '取值无效，请检查此单元格',
  FORMULA_LIKE: '以 =、+、-、@ 开头，在电子表格中可能被当作公式执行，请确认内容无误',
};

const importIssueEn: Record<ImportRowIssueCode, string> = {
  REQUIRED: 'Required',
  NOT_A_CHOICE: 'Not one of the template\'s choices',
  INVALID_DATE: 'A date is written YYYY-MM-DD',
  INVALID_YEAR: 'A four-digit year, such as 1985',
  OUT_OF_RANGE: 'The number is out of range',
  TOO_LONG: 'Too long',
  INVALID_NAME: '1 to 100 characters',
  ID_CARD_WRONG_LENGTH: 'An ID number has 18 characters',
  ID_CARD_BAD_CHARACTERS: 'An ID number is 17 digits and a digit or X',
  ID_CARD_BAD_BIRTH_DATE: 'The birth date in the ID number is not a real past date',
  ID_CARD_BAD_CHECKSUM: 'The ID number\'s check character is wrong; check for a typo',
  INVALID_PHONE: 'An 11-digit mobile number, or a landline with its area code',
  GENDER_MISMATCH: 'The gender does not match the ID number',
  INVALID_HOUSEHOLD_NUMBER: 'A household number has 1 to 32 letters, digits or hyphens',
  DUPLICATE_IN_FILE: 'The same as an earlier row of the file',
  UNKNOWN_GRID: 'No grid or micro-grid with this code in your area',
  UNKNOWN_REGION: 'No street, community or grid with this code in your area',
  UNKNOWN_COMMUNITY: 'No community with this code',
  UNKNOWN_HOUSEHOLD: 'No household with this number in your area; import houses and households first',
  HOUSEHOLD_IN_OTHER_GRID: 'The household is in another grid',
  GRID_OR_HOUSEHOLD_REQUIRED: 'Give a grid code or a household number',
  UNKNOWN_KEY_GROUP: 'No key group with this name',
  REGISTERED_ELSEWHERE: 'This person is registered in another area of the county; that area must move them here',
  AMBIGUOUS_ORGANISATION: 'Several party organisations have this name; rename them first',
  UNKNOWN_ORGANISATION: 'None of the party organisations you keep has this name',
  JOINED_IN_FUTURE: 'The joining date cannot be after today',
  INVALID_CONFIRMATION_DATE: 'A probationary member has no confirmation date; it falls between joining and today',
  WORK_UNIT_REQUIRED: 'A working member needs a work unit (at most 100 characters)',
  INVALID_VALUE: 'This value is not allowed; check the cell',
  FORMULA_LIKE: 'Starts with =, +, - or @ and could run as a formula in a spreadsheet; check it',
};

/** Why an import's file as a whole was refused. */
const importFailureZh: Record<ImportFailureCode, string> = {
  UNREADABLE_FILE: '文件既不是 .xlsx 工作簿，也不是 UTF-8 编码的 CSV 文件',
  EMPTY_FILE: '文件没有表头行',
  MISSING_HEADERS: '表头缺少模板中的列；请下载模板，按模板的表头填写',
  INTERNAL: '导入因内部错误中止；最后一个完成的批次之后的行均未写入',
};

const importFailureEn: Record<ImportFailureCode, string> = {
  UNREADABLE_FILE: 'The file is neither an .xlsx workbook nor a CSV file in UTF-8',
  EMPTY_FILE: 'The file has no header row',
  MISSING_HEADERS: 'Columns of the template are missing; download the template and keep its headers',
  INTERNAL: 'The import stopped on an internal error; rows after the last finished batch were not written',
};

type Prefixed<P extends string, T extends Record<string, string>> = { [K in keyof T & string as `${P}.${K}`]: string };

/** `{ A: 'x' }` → `{ 'p.A': 'x' }`, typed, so the catalogue's keys are `t`'s keys. */
function prefixed<P extends string, T extends Record<string, string>>(prefix: P, table: T): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(table).map(([code, text]) => [`${prefix}.${code}`, text])) as Prefixed<P, T>;
}

export const errorsZh = {
  ...prefixed('error', errorZh),
  'error.unknown': '操作失败（错误代码 {code}）',
  ...prefixed('userError', userErrorZh),
  'userError.unknown': '提交的内容有误（错误代码 {code}）',
  ...prefixed('importIssue', importIssueZh),
  'importIssue.unknown': '此单元格有误（错误代码 {code}）',
  ...prefixed('importFailure', importFailureZh),
  'importFailure.unknown': '文件无法导入（错误代码 {code}）',
};

export const errorsEn: Record<keyof typeof errorsZh, string> = {
  ...prefixed('error', errorEn),
  'error.unknown': 'The request failed (error code {code})',
  ...prefixed('userError', userErrorEn),
  'userError.unknown': 'Something in the form is wrong (error code {code})',
  ...prefixed('importIssue', importIssueEn),
  'importIssue.unknown': 'This cell is wrong (error code {code})',
  ...prefixed('importFailure', importFailureEn),
  'importFailure.unknown': 'The file cannot be imported (error code {code})',
};

/** Whether `code` has a sentence of its own (an older client may meet a newer server's code). */
export const isErrorCode = (code: string): code is ErrorCode | ClientErrorCode => Object.hasOwn(errorZh, code);
export const isUserErrorCode = (code: string): code is UserErrorCode => Object.hasOwn(userErrorZh, code);
export const isImportIssueCode = (code: string): code is ImportRowIssueCode => Object.hasOwn(importIssueZh, code);
export const isImportFailureCode = (code: string): code is ImportFailureCode => Object.hasOwn(importFailureZh, code);
