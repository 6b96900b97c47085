/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddMediationSessionInput = {
  eventId: string | number;
  heldOn: string;
  mediator: string;
  method: MediationMethod;
  notes?: string | null | undefined;
};

/** 出席 | 缺席 | 请假 */
export type Attendance =
  | 'ABSENT'
  | 'EXCUSED'
  | 'PRESENT';

export type AwardPartyPointsInput = {
  activity: string;
  /** Today by default. */
  awardedOn?: string | null | undefined;
  memberId: string | number;
  /** Negative to deduct. */
  points: number;
  reason?: string | null | undefined;
  serviceHours?: number | null | undefined;
};

/** 关怀等级 of a key group. */
export type CareLevel =
  /** 关注 */
  | 'ATTENTION'
  /** 重点 */
  | 'KEY'
  /** 一般 */
  | 'ROUTINE';

export type CompleteEventInput = {
  id: string | number;
  photos?: Array<File> | null | undefined;
  result: string;
  version: number;
};

export type CreatePartyCommitmentInput = {
  memberId: string | number;
  periodEnd: string;
  periodStart: string;
  pledge: string;
};

export type CreatePartyMemberInput = {
  fields: PartyMemberFieldsInput;
  organisationId: string | number;
  /** For a member whose relation comes from outside the county (转入): where from. */
  transferredFrom?: string | null | undefined;
};

export type DecideEventExtensionInput = {
  approve: boolean;
  comment?: string | null | undefined;
  id: string | number;
  version: number;
};

export type DispatchEventInput = {
  comment?: string | null | undefined;
  /** The category's default department when absent. */
  departmentId?: string | number | null | undefined;
  id: string | number;
  version: number;
};

export type DisputeFieldsInput = {
  agreement?: string | null | undefined;
  /** Yuan, at most two decimals ("12500.00"); empty clears it. */
  amountInvolved?: string | null | undefined;
  outcome?: DisputeOutcome | null | undefined;
  /** Today by default when an outcome is given. */
  outcomeOn?: string | null | undefined;
  /** Replaces the parties when given. */
  parties?: Array<DisputePartyInput> | null | undefined;
  scale?: DisputeScale | null | undefined;
  typeId?: string | number | null | undefined;
};

/** 化解 | 未化解 | 转诉讼 */
export type DisputeOutcome =
  | 'FAILED'
  | 'RESOLVED'
  | 'SENT_TO_COURT';

export type DisputePartyInput = {
  kind?: DisputePartyKind | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

/** A dispute party: a person or an organisation. */
export type DisputePartyKind =
  | 'ORGANISATION'
  | 'PERSON';

/** 个体 | 一般群体性 | 重大群体性 */
export type DisputeScale =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'MAJOR_GROUP';

/** 优秀 | 合格 | 基本合格 | 不合格 */
export type EvaluationGrade =
  | 'BASICALLY_QUALIFIED'
  | 'EXCELLENT'
  | 'QUALIFIED'
  | 'UNQUALIFIED';

/** What happened to an event (history) or what a caller may do (available actions). */
export type EventAction =
  | 'ACCEPT'
  | 'APPROVE_EXTENSION'
  | 'ARCHIVE'
  | 'AUTO_ESCALATE'
  | 'CLOSE'
  | 'COMPLETE'
  | 'DISPATCH'
  | 'ESCALATE'
  | 'HANDLE_LOCALLY'
  | 'MERGE'
  | 'REFUSE_EXTENSION'
  | 'REJECT'
  | 'REOPEN'
  | 'REPLY_SUPERVISION'
  | 'REPORT'
  | 'REQUEST_EXTENSION'
  | 'RETURN'
  | 'REVISIT'
  | 'REWORK'
  | 'SIGN_FOR'
  | 'SUPERVISE';

/** 一般事件 | 矛盾纠纷 */
export type EventFamily =
  | 'DISPUTE'
  | 'GENERAL';

export type EventFilter = {
  /** A category; a top-level one includes its subcategories. */
  categoryId?: string | number | null | undefined;
  /** Open events of these colours now. */
  colour?: Array<WarningColour> | null | undefined;
  departmentId?: string | number | null | undefined;
  family?: EventFamily | null | undefined;
  /** True: not yet closed; false: closed, archived, rejected or merged. */
  open?: boolean | null | undefined;
  /** A region subtree. */
  regionId?: string | number | null | undefined;
  reportedFrom?: string | null | undefined;
  reportedTo?: string | null | undefined;
  /** Disputes of these risk colours. */
  risk?: Array<RiskColour> | null | undefined;
  /** Part of the number or the description. */
  search?: string | null | undefined;
  status?: Array<EventStatus> | null | undefined;
};

export type EventLinkInput = {
  kind: EventLinkKind;
  /** A resident, house or organisation id. */
  targetId: string | number;
};

/** What an event links to in the archives. */
export type EventLinkKind =
  | 'HOUSE'
  | 'ORGANISATION'
  | 'RESIDENT';

/** The order of the event list. */
export type EventOrder =
  | 'NEWEST'
  | 'OLDEST'
  /**
   * Most urgent first: red, orange, yellow, green, then events without a deadline; the
   * nearest deadline first within a colour.
   */
  | 'URGENCY';

/** The timed phase of an open event. */
export type EventPhase =
  | 'ACCEPT'
  | 'HANDLE'
  | 'SIGN_FOR'
  | 'VERIFY';

/** A step that needs a reason. */
export type EventReasonInput = {
  id: string | number;
  reason: string;
  version: number;
};

/** Where an event came from. */
export type EventSource =
  /** 部门移交 */
  | 'DEPARTMENT'
  /** 12345 热线 */
  | 'HOTLINE'
  /** 网格员巡查 */
  | 'PATROL'
  /** 群众反映 */
  | 'RESIDENT'
  /** 督查交办 */
  | 'SUPERVISION'
  /** 视频监控 */
  | 'VIDEO';

/** Where an event stands in the closed loop. */
export type EventStatus =
  /** 受理 — waiting to be handled locally, dispatched or escalated. */
  | 'ACCEPTED'
  /** 归档 */
  | 'ARCHIVED'
  /** 结案 — waiting for the revisit. */
  | 'CLOSED'
  /** 派遣 — waiting for the department to sign for it. */
  | 'DISPATCHED'
  /** 处置完成 — waiting for verification. */
  | 'DONE'
  /** 处置中 */
  | 'HANDLING'
  /** 已合并 */
  | 'MERGED'
  /** 不予受理 */
  | 'REJECTED'
  /** 上报 — waiting to be accepted. */
  | 'REPORTED'
  /** 已回访 */
  | 'REVISITED';

/** A step that takes only an optional comment. */
export type EventStepInput = {
  comment?: string | null | undefined;
  id: string | number;
  version: number;
};

/** The file type of an export. */
export type ExportFormat =
  /**
   * UTF-8 CSV with a BOM. A value that a spreadsheet would run as a formula (starting with
   * `=`, `+`, `-`, `@`, tab or carriage return) gets a `'` before it; an import takes it off.
   */
  | 'CSV'
  /** An Excel workbook whose values are all text cells. */
  | 'XLSX';

export type ExportResidentsInput = {
  filter?: ResidentFilterInput | null | undefined;
  format?: ExportFormat;
  /** Full identifiers where the caller's `resident:reveal` reaches (FORBIDDEN without it). */
  reveal?: boolean;
};

export type ExtensionStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REFUSED';

/** 性别 */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 基础网格 | 专属网格 (school, hospital, market, park, enterprise) */
export type GridKind =
  | 'BASIC'
  | 'EXCLUSIVE';

/** Where a grid stands against the sizing rule. */
export type GridSizeStatus =
  | 'TOO_LARGE'
  | 'TOO_SMALL'
  | 'WITHIN_RULE';

/** 房屋用途 (domain.md §2). */
export type HouseUse =
  /** 商用 */
  | 'COMMERCIAL'
  /** 自住 */
  | 'OWNER_OCCUPIED'
  /** 出租 — tracked */
  | 'RENTED'
  /** 空置 */
  | 'VACANT';

/** 与户主关系 */
export type HouseholdRelationship =
  /** 子女 */
  | 'CHILD'
  /** 儿媳/女婿 */
  | 'CHILD_IN_LAW'
  /** 孙子女/外孙子女 */
  | 'GRANDCHILD'
  /** 祖父母/外祖父母 */
  | 'GRANDPARENT'
  /** 户主 */
  | 'HEAD'
  /** 其他 */
  | 'OTHER'
  /** 父母 */
  | 'PARENT'
  /** 兄弟姐妹 */
  | 'SIBLING'
  /** 配偶 */
  | 'SPOUSE';

/** Which identifier to reveal. */
export type IdentifierField =
  | 'ID_CARD_NO'
  | 'PHONE';

/** Why a file as a whole could not be imported. */
export type ImportFailureCode =
  /** The file has no header row. */
  | 'EMPTY_FILE'
  /**
   * The import stopped on an internal error; rows after the last finished batch were not
   * written.
   */
  | 'INTERNAL'
  /** Columns of the template are missing from the header row. */
  | 'MISSING_HEADERS'
  /** Neither an .xlsx workbook nor a UTF-8 CSV file. */
  | 'UNREADABLE_FILE';

/** What an import file holds. */
export type ImportKind =
  /** 房屋与户 */
  | 'HOUSES'
  /** 党员 */
  | 'PARTY_MEMBERS'
  /** 居民 */
  | 'RESIDENTS'
  /** 网格队伍 */
  | 'STAFF';

/** Stable codes of an import's row errors and warnings; each names what is wrong with a cell. */
export type ImportRowIssueCode =
  /** Several party organisations have this name. */
  | 'AMBIGUOUS_ORGANISATION'
  /** The same person (ID number or phone) is in an earlier row of the file. */
  | 'DUPLICATE_IN_FILE'
  /** A warning: the cell would run as a spreadsheet formula. */
  | 'FORMULA_LIKE'
  /** The gender does not match the ID number. */
  | 'GENDER_MISMATCH'
  /** Neither a grid code nor a household number was given. */
  | 'GRID_OR_HOUSEHOLD_REQUIRED'
  /** The household lies in another grid than the one given. */
  | 'HOUSEHOLD_IN_OTHER_GRID'
  /** The birth date inside the ID number is not a real past date. */
  | 'ID_CARD_BAD_BIRTH_DATE'
  /** An ID number is not 17 digits and a digit or X. */
  | 'ID_CARD_BAD_CHARACTERS'
  /** The ID number's check character does not match. */
  | 'ID_CARD_BAD_CHECKSUM'
  /** An ID number does not have 18 characters. */
  | 'ID_CARD_WRONG_LENGTH'
  /** The confirmation date is given for a probationary member, or is out of order. */
  | 'INVALID_CONFIRMATION_DATE'
  /** A date is not written as YYYY-MM-DD. */
  | 'INVALID_DATE'
  /** A household number is not 1–32 letters, digits or `-`. */
  | 'INVALID_HOUSEHOLD_NUMBER'
  /** A name is empty or longer than 100 characters. */
  | 'INVALID_NAME'
  /** Not a mobile number or a landline with its area code. */
  | 'INVALID_PHONE'
  /** Any other broken rule (and the errors of jobs stored before codes existed). */
  | 'INVALID_VALUE'
  /** A year is not a number such as 1985. */
  | 'INVALID_YEAR'
  /** The joining date is in the future. */
  | 'JOINED_IN_FUTURE'
  /** Not one of the template's choices for the column. */
  | 'NOT_A_CHOICE'
  /** A number is not a number in the column's range. */
  | 'OUT_OF_RANGE'
  /** The person is registered in another area of the county. */
  | 'REGISTERED_ELSEWHERE'
  /** A cell that is needed is empty. */
  | 'REQUIRED'
  /** The text is longer than the column allows. */
  | 'TOO_LONG'
  /** No community with this code. */
  | 'UNKNOWN_COMMUNITY'
  /** No grid (or micro-grid) with this code in the importer's area. */
  | 'UNKNOWN_GRID'
  /** No household with this number in the importer's area. */
  | 'UNKNOWN_HOUSEHOLD'
  /** No key group with this name. */
  | 'UNKNOWN_KEY_GROUP'
  /** No party organisation with this name among those the importer keeps. */
  | 'UNKNOWN_ORGANISATION'
  /** No street, community or grid with this code in the importer's area. */
  | 'UNKNOWN_REGION'
  /** A working member's work unit is missing. */
  | 'WORK_UNIT_REQUIRED';

/** Where an import job is. */
export type ImportStatus =
  /** rows had errors (nothing written) or the file could not be read */
  | 'FAILED'
  /** waiting to start */
  | 'QUEUED'
  /** validating or writing */
  | 'RUNNING'
  /** validated, and written unless a dry run */
  | 'SUCCEEDED';

export type LoginInput = {
  password: string;
  /** The county's six-digit code (the platform operator's is `000000`). */
  tenantCode: string;
  username: string;
};

/** 人民调解 | 行政调解 | 司法调解 */
export type MediationMethod =
  | 'ADMINISTRATIVE'
  | 'JUDICIAL'
  | 'PEOPLE';

/** How often a required meeting recurs. */
export type MeetingPeriod =
  | 'MONTH'
  | 'QUARTER';

export type MergeEventInput = {
  comment?: string | null | undefined;
  id: string | number;
  /** The open event of the same family it duplicates. */
  intoId: string | number;
  version: number;
};

/** An entry of a resident's timeline. */
export type MoveKind =
  /** 死亡 */
  | 'DECEASED'
  /** 迁入 from outside the county */
  | 'MOVED_IN'
  /** 迁出 — left the county */
  | 'MOVED_OUT'
  /** moved to another house or grid of the county */
  | 'MOVED_WITHIN'
  /** entered in the archive */
  | 'REGISTERED';

export type PartyAttendanceInput = {
  attendance: Attendance;
  memberId: string | number;
};

/** "三会一课" and theme party days. */
export type PartyMeetingKind =
  /** 支部委员会 */
  | 'BRANCH_COMMITTEE_MEETING'
  /** 支部党员大会 */
  | 'BRANCH_MEMBER_MEETING'
  /** 党小组会 */
  | 'PARTY_GROUP_MEETING'
  /** 党课 */
  | 'PARTY_LECTURE'
  /** 主题党日 */
  | 'THEME_PARTY_DAY';

export type PartyMemberFieldsInput = {
  centreHousehold?: boolean | null | undefined;
  confirmedOn?: string | null | undefined;
  floatingFrom?: string | null | undefined;
  floatingTo?: string | null | undefined;
  gender?: Gender | null | undefined;
  /** Links the member to the county's resident with this number when there is one. */
  idCardNo?: string | null | undefined;
  /** Required when creating. */
  joinedOn?: string | null | undefined;
  /** Registered by default. */
  memberType?: PartyMemberType | null | undefined;
  /** Required unless the member is a resident. */
  name?: string | null | undefined;
  phone?: string | null | undefined;
  reportedCommunityId?: string | number | null | undefined;
  /** Link to this resident (needs `resident:read` on them). */
  residentId?: string | number | null | undefined;
  /** Full by default. */
  status?: PartyMemberStatus | null | undefined;
  /** Required for in-service members. */
  workUnit?: string | null | undefined;
};

/** 正式党员 | 预备党员 */
export type PartyMemberStatus =
  | 'FULL'
  | 'PROBATIONARY';

/** 在册 | 流动 | 离退休 | 在职"双报到" */
export type PartyMemberType =
  | 'FLOATING'
  | 'IN_SERVICE'
  | 'REGISTERED'
  | 'RETIRED';

/** 书记 | 副书记 | 委员 */
export type PartyOfficerRole =
  | 'COMMITTEE_MEMBER'
  | 'DEPUTY_SECRETARY'
  | 'SECRETARY';

/** Levels and kinds of party organisation (domain.md §5). */
export type PartyOrganisationKind =
  /** 楼栋党小组 */
  | 'BUILDING_GROUP'
  /** 党员中心户 */
  | 'CENTRE_HOUSEHOLD'
  /** 社区党委 */
  | 'COMMUNITY_COMMITTEE'
  /** 企业党支部 */
  | 'ENTERPRISE_BRANCH'
  /** 党总支 */
  | 'GENERAL_BRANCH'
  /** 网格党支部 */
  | 'GRID_BRANCH'
  /** 联合党支部 (at most 5 units) */
  | 'JOINT_BRANCH'
  /** 社会组织党支部 */
  | 'SOCIAL_ORGANISATION_BRANCH'
  /** 街道党工委 */
  | 'STREET_COMMITTEE';

/** Stable codes of the branch-regulation warnings. */
export type PartyRuleCode =
  /** A branch committee above the usual 5 (at most 7). */
  | 'BRANCH_COMMITTEE_ABOVE_FIVE'
  /** 7 or more full members without a committee of at least 3. */
  | 'BRANCH_COMMITTEE_MISSING'
  /** A branch committee of more than 7. */
  | 'BRANCH_COMMITTEE_TOO_LARGE'
  /** More than 50 members: a general branch is suggested. */
  | 'BRANCH_SUGGEST_GENERAL_BRANCH'
  /** More than 100 members: a party committee is suggested. */
  | 'BRANCH_SUGGEST_PARTY_COMMITTEE'
  /** A branch has fewer than 3 full members. */
  | 'BRANCH_TOO_FEW_FULL_MEMBERS'
  /** A joint branch covers more than 5 units. */
  | 'JOINT_BRANCH_TOO_MANY_UNITS'
  /** The term ends within 90 days. */
  | 'TERM_ENDING_SOON'
  /** The term has ended. */
  | 'TERM_EXPIRED';

/** A line of a member's organisation history. */
export type PartyTransferKind =
  /** First recorded here. */
  | 'JOINED'
  /** Between two organisations of the county. */
  | 'TRANSFER'
  /** 转入 from outside the county. */
  | 'TRANSFER_IN'
  /** 转出 to outside the county. */
  | 'TRANSFER_OUT';

export type PointInput = {
  lat: number;
  lng: number;
};

/** 政治面貌 */
export type PoliticalStatus =
  /** 中共党员 */
  | 'CPC_MEMBER'
  /** 中共预备党员 */
  | 'CPC_PROBATIONARY'
  /** 民主党派 */
  | 'DEMOCRATIC_PARTY'
  /** 共青团员 */
  | 'LEAGUE_MEMBER'
  /** 群众 */
  | 'MASSES'
  /** 无党派人士 */
  | 'NONPARTISAN';

export type RaiseSupervisionOrderInput = {
  /** NORMAL by default. */
  card?: SupervisionCard | null | undefined;
  eventId: string | number;
  message: string;
  /** 72 h (normal), 48 h (yellow) or 24 h (red) from now by default. */
  replyDeadline?: string | null | undefined;
};

export type RecordPartyEvaluationInput = {
  /** Today by default. */
  decidedOn?: string | null | undefined;
  /** The branch's decision. */
  decision?: string | null | undefined;
  grade: EvaluationGrade;
  memberId: string | number;
  year: number;
};

export type RecordPartyMeetingInput = {
  /** Current members of the organisation's subtree, each once. */
  attendance?: Array<PartyAttendanceInput>;
  heldOn: string;
  kind: PartyMeetingKind;
  notes?: string | null | undefined;
  organisationId: string | number;
  topic: string;
};

export type RefreshTokenInput = {
  refreshToken: string;
};

/** 区/县 › 街道/乡镇 › 社区/村 › 网格 › 微网格 */
export type RegionKind =
  | 'COMMUNITY'
  | 'COUNTY'
  | 'GRID'
  | 'MICRO_GRID'
  | 'STREET';

export type ReplySupervisionOrderInput = {
  id: string | number;
  reply: string;
  version?: number | null | undefined;
};

export type ReportEventInput = {
  address?: string | null | undefined;
  categoryId: string | number;
  description: string;
  /** Disputes family only. */
  dispute?: DisputeFieldsInput | null | undefined;
  /** The integrator's own reference. */
  externalRef?: string | null | undefined;
  /** The grid; or give `point` and the grid is found by its boundary. */
  gridId?: string | number | null | undefined;
  links?: Array<EventLinkInput> | null | undefined;
  /** JPEG, PNG or WebP (GraphQL multipart request). */
  photos?: Array<File> | null | undefined;
  point?: PointInput | null | undefined;
  reporterName?: string | null | undefined;
  /** Sealed and shown masked, like ID numbers. */
  reporterPhone?: string | null | undefined;
  /** PATROL by default. */
  source?: EventSource | null | undefined;
  /** ROUTINE by default. */
  urgency?: Urgency | null | undefined;
};

export type RequestEventExtensionInput = {
  extraHours: number;
  id: string | number;
  reason: string;
  version: number;
};

/** 居住类型 (domain.md §3). */
export type ResidenceType =
  /** 流动人口 */
  | 'FLOATING'
  /** 境外人员 */
  | 'OVERSEAS'
  /** 户籍人口 */
  | 'REGISTERED'
  /** 常住人口 (not registered here) */
  | 'RESIDENT';

/** How to narrow a resident search; all given conditions must hold. */
export type ResidentFilterInput = {
  householdId?: string | number | null | undefined;
  /** The exact, full ID number. */
  idCardNo?: string | null | undefined;
  keyGroupId?: string | number | null | undefined;
  /** Part of the name (any position). */
  name?: string | null | undefined;
  /** The exact phone number. */
  phone?: string | null | undefined;
  /** A region whose subtree to search. */
  regionId?: string | number | null | undefined;
  residenceType?: ResidenceType | null | undefined;
  status?: ResidentStatus | null | undefined;
};

/** Whether the person still lives in the county. */
export type ResidentStatus =
  /** 已故 */
  | 'DECEASED'
  /** 在住 */
  | 'LIVING'
  /** 已迁出 */
  | 'MOVED_OUT';

export type RevealResidentIdentifierInput = {
  field: IdentifierField;
  residentId: string | number;
};

export type RevisitEventInput = {
  comment?: string | null | undefined;
  id: string | number;
  /** Dissatisfied only: back to handling. */
  reopen?: boolean;
  satisfaction: Satisfaction;
  version: number;
};

/** A dispute's risk colour 黄/橙/红. */
export type RiskColour =
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

/** The roles of a county (domain guide §12). */
export type Role =
  /** 社区工作人员 */
  | 'COMMUNITY_STAFF'
  /** 县级管理员 — everything in the county. */
  | 'COUNTY_ADMIN'
  /** 职能部门 */
  | 'DEPARTMENT'
  /** 网格员 */
  | 'GRID_WORKER'
  /** 第三方对接 — what its scopes allow. */
  | 'INTEGRATOR'
  /** 领导 — read-only statistics of a subtree. */
  | 'LEADER'
  /** 党支部 */
  | 'PARTY_BRANCH'
  /** 平台运营 — manages tenants; reads no tenant's business data. */
  | 'PLATFORM_OPERATOR'
  /** 街道管理员 — manages and dispatches within a street. */
  | 'STREET_ADMIN';

/** 满意 | 基本满意 | 不满意 */
export type Satisfaction =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED';

export type StartImportInput = {
  /** Validate only; write nothing. Default true. */
  dryRun?: boolean;
  kind: ImportKind;
  /** From `POST /uploads`. */
  uploadId: string;
};

/** 督办 | 黄牌督办 | 红牌督办 */
export type SupervisionCard =
  | 'NORMAL'
  | 'RED'
  | 'YELLOW';

export type SupervisionKind =
  /** Raised by the scheduler when the event went red. */
  | 'AUTOMATIC'
  | 'MANUAL';

/** A part of the "1+1+N+X" team. */
export type TeamPart =
  /** 1 专职网格员 */
  | 'FULL_TIME'
  /** 1 网格长 */
  | 'LEADER'
  /** N 兼职网格员、楼栋长、志愿者… */
  | 'PART_TIME'
  /** X 执法和专业力量 */
  | 'PROFESSIONAL';

/** Grid-team roles (domain.md §6). */
export type TeamRole =
  /** 楼栋长 */
  | 'BUILDING_LEADER'
  /** 社区民警 */
  | 'COMMUNITY_POLICE'
  /** 两代表一委员 */
  | 'DEPUTY'
  /** 执法队员 */
  | 'ENFORCEMENT_OFFICER'
  /** 专职网格员 */
  | 'FULL_TIME_WORKER'
  /** 网格长 */
  | 'GRID_LEADER'
  /** 网格信息员 */
  | 'INFORMATION_OFFICER'
  /** 法律工作者 */
  | 'LEGAL_WORKER'
  /** 人民调解员 */
  | 'MEDIATOR'
  /** 兼职网格员 */
  | 'PART_TIME_WORKER'
  /** 物业人员 */
  | 'PROPERTY_STAFF'
  /** 下沉干部 */
  | 'SENT_DOWN_CADRE'
  /** 单元长 */
  | 'UNIT_LEADER'
  /** 志愿者 */
  | 'VOLUNTEER';

/**
 * Exactly one of `toOrganisationId` (within the county; needs `party:write` on it) and
 * `toPlace` (out of the county).
 */
export type TransferPartyMemberInput = {
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** Today by default. */
  movedOn?: string | null | undefined;
  reason?: string | null | undefined;
  toOrganisationId?: string | number | null | undefined;
  toPlace?: string | null | undefined;
};

export type UpdateDisputeInput = {
  eventId: string | number;
  fields: DisputeFieldsInput;
  version?: number | null | undefined;
};

/** 一般 | 紧急 | 特急 */
export type Urgency =
  | 'EMERGENCY'
  | 'ROUTINE'
  | 'URGENT';

/** Stable codes of `userErrors`. */
export type UserErrorCode =
  | 'ALREADY_MEMBER'
  | 'CODE_NOT_EXTENDING_PARENT'
  | 'CODE_TAKEN'
  | 'GRID_KIND_NOT_ALLOWED'
  | 'ID_CARD_BAD_BIRTH_DATE'
  | 'ID_CARD_BAD_CHARACTERS'
  | 'ID_CARD_BAD_CHECKSUM'
  | 'ID_CARD_TAKEN'
  | 'ID_CARD_WRONG_LENGTH'
  | 'INVALID_BOUNDARY'
  | 'INVALID_CENTER'
  | 'INVALID_CODE'
  | 'INVALID_KIND_NESTING'
  | 'INVALID_MERGE_TARGET'
  | 'INVALID_MOVE'
  | 'INVALID_NAME'
  | 'INVALID_PHONE'
  | 'INVALID_SCOPE'
  | 'INVALID_TARGET'
  | 'INVALID_TENANT_CODE'
  | 'INVALID_USERNAME'
  | 'INVALID_VALUE'
  | 'IN_USE'
  | 'NOT_A_GRID'
  | 'POINT_OUTSIDE_GRIDS'
  | 'REGION_NOT_EMPTY'
  | 'REQUIRED'
  | 'ROLE_ALREADY_ASSIGNED'
  | 'TENANT_CODE_TAKEN'
  | 'UNREADABLE_FILE'
  | 'UNSUPPORTED_FILE'
  | 'UPLOAD_NOT_FOUND'
  | 'USERNAME_TAKEN'
  | 'VERSION_CONFLICT'
  | 'WEAK_PASSWORD'
  | 'WRONG_PASSWORD';

/**
 * 绿 | 黄 | 橙 | 红 — how much of its phase's time an open event has used (thresholds per
 * tenant; red is overdue).
 */
export type WarningColour =
  | 'GREEN'
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<string>, user: { id: string, username: string, displayName: string }, tenant: { id: string, code: string, name: string }, roleAssignments: Array<{ id: string, role: Role, scopeName: string | null }> } };

export type EventCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventCategoriesQuery = { eventCategories: Array<{ id: string, parentId: string | null, code: string, name: string, family: EventFamily, active: boolean, defaultDepartment: { id: string, name: string } | null }> };

export type DisputeTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type DisputeTypesQuery = { disputeTypes: Array<{ id: string, parentId: string | null, code: string, name: string }> };

export type EventDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventDepartmentsQuery = { departments: { nodes: Array<{ id: string, code: string, name: string }> } };

export type EventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  orderBy?: EventOrder;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, family: EventFamily, description: string, urgency: Urgency, source: EventSource, status: EventStatus, level: RegionKind, colour: WarningColour | null, phase: EventPhase | null, phaseDeadline: string | null, extensionPending: boolean, reportedAt: string, version: number, category: { id: string, name: string }, grid: { id: string, name: string }, department: { id: string, name: string } | null, dispute: { risk: RiskColour, outcome: DisputeOutcome | null, scale: DisputeScale, type: { id: string, name: string } | null } | null } }> } };

export type EventQueryVariables = Exact<{
  id: string | number;
}>;


export type EventQuery = { event: { id: string, number: string, family: EventFamily, description: string, urgency: Urgency, source: EventSource, status: EventStatus, level: RegionKind, lng: number | null, lat: number | null, address: string | null, reporterName: string | null, reporterPhone: string | null, externalRef: string | null, reportedAt: string, phase: EventPhase | null, phaseStartedAt: string | null, phaseDeadline: string | null, colour: WarningColour | null, extensionPending: boolean, result: string | null, closedAt: string | null, closedLevel: RegionKind | null, satisfaction: Satisfaction | null, version: number, availableActions: Array<EventAction>, category: { id: string, name: string, family: EventFamily, defaultDepartment: { id: string, name: string } | null }, grid: { id: string, name: string }, department: { id: string, name: string } | null, mergedInto: { id: string, number: string } | null, history: Array<{ id: string, action: EventAction, fromStatus: EventStatus | null, toStatus: EventStatus, actorName: string, at: string, comment: string | null, level: RegionKind, deadline: string | null, onTime: boolean | null, department: { id: string, name: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, url: string, createdAt: string }> }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, url: string, createdAt: string }>, links: Array<{ kind: EventLinkKind, targetId: string, label: string }>, extensions: Array<{ id: string, extraHours: number, reason: string, status: ExtensionStatus, requestedAt: string, decidedAt: string | null, oldDeadline: string | null, newDeadline: string | null }>, supervisionOrders: Array<{ id: string, kind: SupervisionKind, card: SupervisionCard, message: string, raisedBy: string | null, raisedAt: string, replyDeadline: string, reply: string | null, repliedAt: string | null, overdue: boolean, version: number }>, dispute: { scale: DisputeScale, amountInvolved: string | null, risk: RiskColour, agreement: string | null, outcome: DisputeOutcome | null, outcomeOn: string | null, version: number, type: { id: string, name: string } | null, parties: Array<{ name: string, kind: DisputePartyKind, phone: string | null }>, sessions: Array<{ id: string, mediator: string, heldOn: string, method: MediationMethod, notes: string | null }> } | null } };

export type GridAtQueryVariables = Exact<{
  lng: number;
  lat: number;
}>;


export type GridAtQuery = { gridAt: { id: string, name: string, code: string } | null };

export type GridOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type GridOptionsQuery = { regions: { nodes: Array<{ id: string, code: string, name: string, parent: { id: string, name: string } | null }> } };

export type SupervisionOrdersQueryVariables = Exact<{
  open?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupervisionOrdersQuery = { supervisionOrders: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: SupervisionKind, card: SupervisionCard, message: string, raisedBy: string | null, raisedAt: string, replyDeadline: string, reply: string | null, repliedAt: string | null, overdue: boolean, version: number, event: { id: string, number: string, status: EventStatus, colour: WarningColour | null, category: { id: string, name: string } } } }> } };

export type EventFiguresQueryVariables = Exact<{
  regionId?: string | number | null | undefined;
  departmentId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type EventFiguresQuery = { eventFigures: { reported: number, onTimeSignForRate: number | null, onTimeClosureRate: number | null, reworkRate: number | null, returnRate: number | null, satisfactionRate: number | null, averageHandlingHours: number | null, byColour: Array<{ key: string, label: string, count: number }>, byStatus: Array<{ key: string, label: string, count: number }> } };

export type DisputeFiguresQueryVariables = Exact<{
  regionId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type DisputeFiguresQuery = { disputeFigures: { total: number, resolved: number, failed: number, sentToCourt: number, open: number, resolutionRate: number | null, byRisk: Array<{ key: string, label: string, count: number }>, byType: Array<{ key: string, label: string, count: number }> } };

export type ReportEventMutationVariables = Exact<{
  input: ReportEventInput;
}>;


export type ReportEventMutation = { reportEvent: { event: { id: string, number: string, status: EventStatus, version: number } | null, possibleDuplicates: Array<{ id: string, number: string, description: string, status: EventStatus, colour: WarningColour | null, reportedAt: string, category: { id: string, name: string }, grid: { id: string, name: string } }>, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type AcceptEventMutationVariables = Exact<{
  input: EventStepInput;
}>;


export type AcceptEventMutation = { acceptEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RejectEventMutationVariables = Exact<{
  input: EventReasonInput;
}>;


export type RejectEventMutation = { rejectEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type MergeEventMutationVariables = Exact<{
  input: MergeEventInput;
}>;


export type MergeEventMutation = { mergeEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type HandleEventLocallyMutationVariables = Exact<{
  input: EventStepInput;
}>;


export type HandleEventLocallyMutation = { handleEventLocally: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type DispatchEventMutationVariables = Exact<{
  input: DispatchEventInput;
}>;


export type DispatchEventMutation = { dispatchEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type EscalateEventMutationVariables = Exact<{
  input: EventStepInput;
}>;


export type EscalateEventMutation = { escalateEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type SignForEventMutationVariables = Exact<{
  input: EventStepInput;
}>;


export type SignForEventMutation = { signForEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ReturnEventMutationVariables = Exact<{
  input: EventReasonInput;
}>;


export type ReturnEventMutation = { returnEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RequestEventExtensionMutationVariables = Exact<{
  input: RequestEventExtensionInput;
}>;


export type RequestEventExtensionMutation = { requestEventExtension: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type DecideEventExtensionMutationVariables = Exact<{
  input: DecideEventExtensionInput;
}>;


export type DecideEventExtensionMutation = { decideEventExtension: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CompleteEventMutationVariables = Exact<{
  input: CompleteEventInput;
}>;


export type CompleteEventMutation = { completeEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CloseEventMutationVariables = Exact<{
  input: EventStepInput;
}>;


export type CloseEventMutation = { closeEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ReworkEventMutationVariables = Exact<{
  input: EventReasonInput;
}>;


export type ReworkEventMutation = { reworkEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RevisitEventMutationVariables = Exact<{
  input: RevisitEventInput;
}>;


export type RevisitEventMutation = { revisitEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ArchiveEventMutationVariables = Exact<{
  input: EventStepInput;
}>;


export type ArchiveEventMutation = { archiveEvent: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RaiseSupervisionOrderMutationVariables = Exact<{
  input: RaiseSupervisionOrderInput;
}>;


export type RaiseSupervisionOrderMutation = { raiseSupervisionOrder: { order: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ReplySupervisionOrderMutationVariables = Exact<{
  input: ReplySupervisionOrderInput;
}>;


export type ReplySupervisionOrderMutation = { replySupervisionOrder: { order: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type UpdateDisputeMutationVariables = Exact<{
  input: UpdateDisputeInput;
}>;


export type UpdateDisputeMutation = { updateDispute: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type AddMediationSessionMutationVariables = Exact<{
  input: AddMediationSessionInput;
}>;


export type AddMediationSessionMutation = { addMediationSession: { event: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type EventChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EventChangedSubscription = { eventChanged: { eventId: string, number: string, action: EventAction, status: EventStatus, at: string, departmentId: string | null } };

export type DepartmentDispatchesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DepartmentDispatchesSubscription = { departmentDispatches: { eventId: string, number: string, action: EventAction, status: EventStatus, at: string, departmentId: string | null } };

export type RegionBuildingsQueryVariables = Exact<{
  regionId: string | number;
  after?: string | null | undefined;
}>;


export type RegionBuildingsQuery = { buildings: { nodes: Array<{ id: string, name: string, address: string | null, floors: number | null, unitCount: number | null, region: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BuildingHousesQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildingHousesQuery = { building: { id: string, houses: Array<{ id: string, unit: string, floor: number | null, room: string, houseUse: HouseUse, area: number | null, households: Array<{ id: string, number: string, members: Array<{ id: string, name: string, relationship: HouseholdRelationship | null, status: ResidentStatus }> }> }> } };

export type GridMapQueryVariables = Exact<{
  under?: string | number | null | undefined;
}>;


export type GridMapQuery = { gridMap: { featureCollection: unknown, gridCount: number } };

export type RegionFiguresQueryVariables = Exact<{
  regionId: string | number;
  withParty: boolean;
}>;


export type RegionFiguresQuery = { regionFigures: { households: number, residents: number, partyMembers?: number, staff: number, residentsByType: Array<{ residenceType: ResidenceType, count: number }>, keyGroups: Array<{ count: number, keyGroup: { id: string, name: string, careLevel: CareLevel } }>, sizing: { status: GridSizeStatus, rule: { minHouseholds: number, maxHouseholds: number, maxResidents: number } } | null } };

export type GridTeamsQueryVariables = Exact<{
  regionId?: string | number | null | undefined;
  incompleteOnly: boolean;
}>;


export type GridTeamsQuery = { gridTeams: Array<{ complete: boolean, missing: Array<TeamPart>, grid: { id: string, name: string, code: string }, composition: { leaders: number, fullTime: number, partTime: number, professional: number }, members: Array<{ staff: { id: string, name: string, gender: Gender, phone: string | null, partyMember: boolean, starLevel: number | null }, assignment: { id: string, teamRole: TeamRole, startedOn: string } }> }> };

export type ImportTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportTemplatesQuery = { importTemplates: Array<{ kind: ImportKind, fileName: string, url: string, csvUrl: string, headers: Array<string> }> };

export type ImportJobFieldsFragment = { id: string, kind: ImportKind, status: ImportStatus, dryRun: boolean, fileName: string, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, errorCount: number, warningCount: number, failureCode: ImportFailureCode | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, code: ImportRowIssueCode }>, warnings: Array<{ row: number, column: string, code: ImportRowIssueCode }> };

export type StartImportMutationVariables = Exact<{
  input: StartImportInput;
}>;


export type StartImportMutation = { startImport: { job: { id: string, kind: ImportKind, status: ImportStatus, dryRun: boolean, fileName: string, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, errorCount: number, warningCount: number, failureCode: ImportFailureCode | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, code: ImportRowIssueCode }>, warnings: Array<{ row: number, column: string, code: ImportRowIssueCode }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, kind: ImportKind, status: ImportStatus, dryRun: boolean, fileName: string, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, errorCount: number, warningCount: number, failureCode: ImportFailureCode | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, code: ImportRowIssueCode }>, warnings: Array<{ row: number, column: string, code: ImportRowIssueCode }> } };

export type PartyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartyOrganisationsQuery = { partyOrganisations: Array<{ id: string, parentId: string | null, depth: number, kind: PartyOrganisationKind, name: string, memberCount: number, region: { id: string } | null, warnings: Array<{ code: PartyRuleCode }> }> };

export type OverduePartyMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverduePartyMeetingsQuery = { overduePartyMeetings: Array<{ kind: PartyMeetingKind, period: MeetingPeriod, periodStart: string, periodEnd: string, required: number, held: number, organisation: { id: string, name: string } }> };

export type PartyTermsEndingSoonQueryVariables = Exact<{ [key: string]: never; }>;


export type PartyTermsEndingSoonQuery = { partyTermsEndingSoon: Array<{ id: string, name: string, termEnd: string | null }> };

export type PartyOrganisationOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyOrganisationOverviewQuery = { partyOrganisation: { id: string, kind: PartyOrganisationKind, name: string, termStart: string | null, termEnd: string | null, coveredUnits: number | null, memberCount: number, region: { id: string, name: string } | null, warnings: Array<{ code: PartyRuleCode }>, figures: { organisations: number, members: number, fullMembers: number, probationaryMembers: number, ageUnknown: number, floating: number, inService: number, centreHouseholds: number, meetingsRequired: number, meetingsHeld: number, meetingsOverdue: number, averagePoints: number, byType: Array<{ memberType: PartyMemberType, count: number }>, byAge: Array<{ bracket: string, count: number }> } } };

export type PartyOfficersQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyOfficersQuery = { partyOrganisation: { id: string, officers: Array<{ id: string, role: PartyOfficerRole, termStart: string, termEnd: string | null, inOffice: boolean, member: { id: string, name: string } }> } };

export type PartyMembersQueryVariables = Exact<{
  id: string | number;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PartyMembersQuery = { partyOrganisation: { id: string, members: { nodes: Array<{ id: string, name: string, gender: Gender, age: number | null, status: PartyMemberStatus, memberType: PartyMemberType, joinedOn: string, centreHousehold: boolean, phone: string | null, organisation: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type PartyMemberQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyMemberQuery = { partyMember: { id: string, name: string, gender: Gender, birthDate: string | null, age: number | null, idCardNo: string | null, phone: string | null, isResident: boolean, status: PartyMemberStatus, joinedOn: string, confirmedOn: string | null, memberType: PartyMemberType, floatingFrom: string | null, floatingTo: string | null, workUnit: string | null, centreHousehold: boolean, leftOn: string | null, leftTo: string | null, version: number, organisation: { id: string, name: string }, reportedCommunity: { id: string, name: string } | null, transfers: Array<{ kind: PartyTransferKind, fromOrganisationName: string | null, toOrganisationName: string | null, fromPlace: string | null, toPlace: string | null, movedOn: string, reason: string | null }>, points: { points: number, serviceHours: number }, pointEntries: Array<{ id: string, awardedOn: string, points: number, serviceHours: number, activity: string, reason: string | null }>, commitments: Array<{ id: string, pledge: string, periodStart: string, periodEnd: string, grade: EvaluationGrade | null, evaluation: string | null, evaluatedOn: string | null, progress: Array<{ notedOn: string, note: string }> }>, evaluations: Array<{ year: number, grade: EvaluationGrade, decision: string | null, decidedOn: string }> } };

export type PartyMeetingsQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyMeetingsQuery = { partyOrganisation: { id: string, meetings: Array<{ id: string, kind: PartyMeetingKind, heldOn: string, topic: string, notes: string | null, organisation: { id: string, name: string }, attendance: Array<{ attendance: Attendance, member: { id: string, name: string } }> }> } };

export type PartyPointsRankingQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyPointsRankingQuery = { partyPointsRanking: Array<{ rank: number, points: number, serviceHours: number, member: { id: string, name: string, organisation: { id: string, name: string } } }> };

export type CreatePartyMemberMutationVariables = Exact<{
  input: CreatePartyMemberInput;
}>;


export type CreatePartyMemberMutation = { createPartyMember: { member: { id: string, name: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RecordPartyMeetingMutationVariables = Exact<{
  input: RecordPartyMeetingInput;
}>;


export type RecordPartyMeetingMutation = { recordPartyMeeting: { meeting: { id: string, topic: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type AwardPartyPointsMutationVariables = Exact<{
  input: AwardPartyPointsInput;
}>;


export type AwardPartyPointsMutation = { awardPartyPoints: { balance: { points: number, serviceHours: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type TransferPartyMemberMutationVariables = Exact<{
  input: TransferPartyMemberInput;
}>;


export type TransferPartyMemberMutation = { transferPartyMember: { member: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type CreatePartyCommitmentMutationVariables = Exact<{
  input: CreatePartyCommitmentInput;
}>;


export type CreatePartyCommitmentMutation = { createPartyCommitment: { commitment: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RecordPartyEvaluationMutationVariables = Exact<{
  input: RecordPartyEvaluationInput;
}>;


export type RecordPartyEvaluationMutation = { recordPartyEvaluation: { evaluation: { year: number, grade: EvaluationGrade } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type SearchRegionsQueryVariables = Exact<{
  search: string;
}>;


export type SearchRegionsQuery = { regions: { nodes: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }> } };

export type RegionPathQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionPathQuery = { region: { id: string, ancestors: Array<{ id: string }> } };

export type ResidentsQueryVariables = Exact<{
  filter?: ResidentFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ResidentsQuery = { residents: { totalCount: number, nodes: Array<{ id: string, name: string, gender: Gender, birthDate: string | null, idCardNo: string | null, phone: string | null, residenceType: ResidenceType, status: ResidentStatus, region: { id: string, name: string }, household: { id: string, number: string } | null, keyGroups: Array<{ id: string, endedOn: string | null, keyGroup: { id: string, name: string, careLevel: CareLevel } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type KeyGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyGroupsQuery = { keyGroups: Array<{ id: string, code: string, name: string, careLevel: CareLevel, sensitive: boolean }> };

export type ExportResidentsMutationVariables = Exact<{
  input: ExportResidentsInput;
}>;


export type ExportResidentsMutation = { exportResidents: { download: { url: string, fileName: string, rowCount: number, expiresAt: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type RegionDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionDetailsQuery = { region: { id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number, center: { lng: number, lat: number } | null, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string, kind: RegionKind }> } };

export type RegionRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionRootsQuery = { regionRoots: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }> };

export type RegionChildrenQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RegionChildrenQuery = { region: { id: string, children: { nodes: Array<{ id: string, code: string, name: string, kind: RegionKind, gridKind: GridKind | null, childCount: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ResidentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidentDetailQuery = { resident: { id: string, name: string, gender: Gender, birthDate: string | null, idCardNo: string | null, phone: string | null, ethnicity: string | null, residenceType: ResidenceType, politicalStatus: PoliticalStatus | null, relationship: HouseholdRelationship | null, status: ResidentStatus, tags: Array<string>, note: string | null, region: { id: string, name: string, code: string }, house: { id: string, unit: string, floor: number | null, room: string, houseUse: HouseUse, building: { id: string, name: string, address: string | null } } | null, household: { id: string, number: string, members: Array<{ id: string, name: string, gender: Gender, birthDate: string | null, relationship: HouseholdRelationship | null, residenceType: ResidenceType, status: ResidentStatus }> } | null, keyGroups: Array<{ id: string, startedOn: string, endedOn: string | null, riskLevel: number | null, note: string | null, keyGroup: { id: string, name: string, careLevel: CareLevel, sensitive: boolean, hasRiskLevel: boolean, visitIntervalDays: number } }>, timeline: Array<{ kind: MoveKind, occurredOn: string, place: string | null, note: string | null, recordedAt: string, fromRegion: { id: string, name: string } | null, toRegion: { id: string, name: string } | null }> } };

export type RevealResidentIdentifierMutationVariables = Exact<{
  input: RevealResidentIdentifierInput;
}>;


export type RevealResidentIdentifierMutation = { revealResidentIdentifier: { value: string | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ImportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportJobFields on ImportJob {
  id
  kind
  status
  dryRun
  fileName
  totalRows
  processedRows
  createdCount
  updatedCount
  errorCount
  errors {
    row
    column
    code
  }
  warningCount
  warnings {
    row
    column
    code
  }
  failureCode
  createdAt
  finishedAt
}
    `, {"fragmentName":"ImportJobFields"}) as unknown as TypedDocumentString<ImportJobFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    refreshToken
    accessTokenExpiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    accessToken
    refreshToken
    accessTokenExpiresAt
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    user {
      id
      username
      displayName
    }
    tenant {
      id
      code
      name
    }
    roleAssignments {
      id
      role
      scopeName
    }
    permissions
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const EventCategoriesDocument = new TypedDocumentString(`
    query EventCategories {
  eventCategories {
    id
    parentId
    code
    name
    family
    active
    defaultDepartment {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EventCategoriesQuery, EventCategoriesQueryVariables>;
export const DisputeTypesDocument = new TypedDocumentString(`
    query DisputeTypes {
  disputeTypes {
    id
    parentId
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DisputeTypesQuery, DisputeTypesQueryVariables>;
export const EventDepartmentsDocument = new TypedDocumentString(`
    query EventDepartments {
  departments(first: 100) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EventDepartmentsQuery, EventDepartmentsQueryVariables>;
export const EventsDocument = new TypedDocumentString(`
    query Events($filter: EventFilter, $orderBy: EventOrder! = URGENCY, $first: Int, $after: String) {
  events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        number
        family
        description
        urgency
        source
        status
        level
        colour
        phase
        phaseDeadline
        extensionPending
        reportedAt
        version
        category {
          id
          name
        }
        grid {
          id
          name
        }
        department {
          id
          name
        }
        dispute {
          risk
          outcome
          scale
          type {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsQuery, EventsQueryVariables>;
export const EventDocument = new TypedDocumentString(`
    query Event($id: ID!) {
  event(id: $id) {
    id
    number
    family
    description
    urgency
    source
    status
    level
    lng
    lat
    address
    reporterName
    reporterPhone
    externalRef
    reportedAt
    phase
    phaseStartedAt
    phaseDeadline
    colour
    extensionPending
    result
    closedAt
    closedLevel
    satisfaction
    version
    availableActions
    category {
      id
      name
      family
      defaultDepartment {
        id
        name
      }
    }
    grid {
      id
      name
    }
    department {
      id
      name
    }
    mergedInto {
      id
      number
    }
    history {
      id
      action
      fromStatus
      toStatus
      actorName
      at
      comment
      level
      deadline
      onTime
      department {
        id
        name
      }
      attachments {
        id
        fileName
        contentType
        sizeBytes
        url
        createdAt
      }
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
      createdAt
    }
    links {
      kind
      targetId
      label
    }
    extensions {
      id
      extraHours
      reason
      status
      requestedAt
      decidedAt
      oldDeadline
      newDeadline
    }
    supervisionOrders {
      id
      kind
      card
      message
      raisedBy
      raisedAt
      replyDeadline
      reply
      repliedAt
      overdue
      version
    }
    dispute {
      scale
      amountInvolved
      risk
      agreement
      outcome
      outcomeOn
      version
      type {
        id
        name
      }
      parties {
        name
        kind
        phone
      }
      sessions {
        id
        mediator
        heldOn
        method
        notes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventQuery, EventQueryVariables>;
export const GridAtDocument = new TypedDocumentString(`
    query GridAt($lng: Float!, $lat: Float!) {
  gridAt(lng: $lng, lat: $lat) {
    id
    name
    code
  }
}
    `) as unknown as TypedDocumentString<GridAtQuery, GridAtQueryVariables>;
export const GridOptionsDocument = new TypedDocumentString(`
    query GridOptions($search: String) {
  regions(kind: GRID, search: $search, first: 30) {
    nodes {
      id
      code
      name
      parent {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GridOptionsQuery, GridOptionsQueryVariables>;
export const SupervisionOrdersDocument = new TypedDocumentString(`
    query SupervisionOrders($open: Boolean, $first: Int, $after: String) {
  supervisionOrders(open: $open, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        kind
        card
        message
        raisedBy
        raisedAt
        replyDeadline
        reply
        repliedAt
        overdue
        version
        event {
          id
          number
          status
          colour
          category {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionOrdersQuery, SupervisionOrdersQueryVariables>;
export const EventFiguresDocument = new TypedDocumentString(`
    query EventFigures($regionId: ID, $departmentId: ID, $from: NaiveDate!, $to: NaiveDate!) {
  eventFigures(
    regionId: $regionId
    departmentId: $departmentId
    from: $from
    to: $to
  ) {
    reported
    byColour {
      key
      label
      count
    }
    byStatus {
      key
      label
      count
    }
    onTimeSignForRate
    onTimeClosureRate
    reworkRate
    returnRate
    satisfactionRate
    averageHandlingHours
  }
}
    `) as unknown as TypedDocumentString<EventFiguresQuery, EventFiguresQueryVariables>;
export const DisputeFiguresDocument = new TypedDocumentString(`
    query DisputeFigures($regionId: ID, $from: NaiveDate!, $to: NaiveDate!) {
  disputeFigures(regionId: $regionId, from: $from, to: $to) {
    total
    resolved
    failed
    sentToCourt
    open
    resolutionRate
    byRisk {
      key
      label
      count
    }
    byType {
      key
      label
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DisputeFiguresQuery, DisputeFiguresQueryVariables>;
export const ReportEventDocument = new TypedDocumentString(`
    mutation ReportEvent($input: ReportEventInput!) {
  reportEvent(input: $input) {
    event {
      id
      number
      status
      version
    }
    possibleDuplicates {
      id
      number
      description
      status
      colour
      reportedAt
      category {
        id
        name
      }
      grid {
        id
        name
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportEventMutation, ReportEventMutationVariables>;
export const AcceptEventDocument = new TypedDocumentString(`
    mutation AcceptEvent($input: EventStepInput!) {
  acceptEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptEventMutation, AcceptEventMutationVariables>;
export const RejectEventDocument = new TypedDocumentString(`
    mutation RejectEvent($input: EventReasonInput!) {
  rejectEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RejectEventMutation, RejectEventMutationVariables>;
export const MergeEventDocument = new TypedDocumentString(`
    mutation MergeEvent($input: MergeEventInput!) {
  mergeEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MergeEventMutation, MergeEventMutationVariables>;
export const HandleEventLocallyDocument = new TypedDocumentString(`
    mutation HandleEventLocally($input: EventStepInput!) {
  handleEventLocally(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HandleEventLocallyMutation, HandleEventLocallyMutationVariables>;
export const DispatchEventDocument = new TypedDocumentString(`
    mutation DispatchEvent($input: DispatchEventInput!) {
  dispatchEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchEventMutation, DispatchEventMutationVariables>;
export const EscalateEventDocument = new TypedDocumentString(`
    mutation EscalateEvent($input: EventStepInput!) {
  escalateEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EscalateEventMutation, EscalateEventMutationVariables>;
export const SignForEventDocument = new TypedDocumentString(`
    mutation SignForEvent($input: EventStepInput!) {
  signForEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignForEventMutation, SignForEventMutationVariables>;
export const ReturnEventDocument = new TypedDocumentString(`
    mutation ReturnEvent($input: EventReasonInput!) {
  returnEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnEventMutation, ReturnEventMutationVariables>;
export const RequestEventExtensionDocument = new TypedDocumentString(`
    mutation RequestEventExtension($input: RequestEventExtensionInput!) {
  requestEventExtension(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RequestEventExtensionMutation, RequestEventExtensionMutationVariables>;
export const DecideEventExtensionDocument = new TypedDocumentString(`
    mutation DecideEventExtension($input: DecideEventExtensionInput!) {
  decideEventExtension(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DecideEventExtensionMutation, DecideEventExtensionMutationVariables>;
export const CompleteEventDocument = new TypedDocumentString(`
    mutation CompleteEvent($input: CompleteEventInput!) {
  completeEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteEventMutation, CompleteEventMutationVariables>;
export const CloseEventDocument = new TypedDocumentString(`
    mutation CloseEvent($input: EventStepInput!) {
  closeEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CloseEventMutation, CloseEventMutationVariables>;
export const ReworkEventDocument = new TypedDocumentString(`
    mutation ReworkEvent($input: EventReasonInput!) {
  reworkEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReworkEventMutation, ReworkEventMutationVariables>;
export const RevisitEventDocument = new TypedDocumentString(`
    mutation RevisitEvent($input: RevisitEventInput!) {
  revisitEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RevisitEventMutation, RevisitEventMutationVariables>;
export const ArchiveEventDocument = new TypedDocumentString(`
    mutation ArchiveEvent($input: EventStepInput!) {
  archiveEvent(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveEventMutation, ArchiveEventMutationVariables>;
export const RaiseSupervisionOrderDocument = new TypedDocumentString(`
    mutation RaiseSupervisionOrder($input: RaiseSupervisionOrderInput!) {
  raiseSupervisionOrder(input: $input) {
    order {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RaiseSupervisionOrderMutation, RaiseSupervisionOrderMutationVariables>;
export const ReplySupervisionOrderDocument = new TypedDocumentString(`
    mutation ReplySupervisionOrder($input: ReplySupervisionOrderInput!) {
  replySupervisionOrder(input: $input) {
    order {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReplySupervisionOrderMutation, ReplySupervisionOrderMutationVariables>;
export const UpdateDisputeDocument = new TypedDocumentString(`
    mutation UpdateDispute($input: UpdateDisputeInput!) {
  updateDispute(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateDisputeMutation, UpdateDisputeMutationVariables>;
export const AddMediationSessionDocument = new TypedDocumentString(`
    mutation AddMediationSession($input: AddMediationSessionInput!) {
  addMediationSession(input: $input) {
    event {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AddMediationSessionMutation, AddMediationSessionMutationVariables>;
export const EventChangedDocument = new TypedDocumentString(`
    subscription EventChanged {
  eventChanged {
    eventId
    number
    action
    status
    at
    departmentId
  }
}
    `) as unknown as TypedDocumentString<EventChangedSubscription, EventChangedSubscriptionVariables>;
export const DepartmentDispatchesDocument = new TypedDocumentString(`
    subscription DepartmentDispatches {
  departmentDispatches {
    eventId
    number
    action
    status
    at
    departmentId
  }
}
    `) as unknown as TypedDocumentString<DepartmentDispatchesSubscription, DepartmentDispatchesSubscriptionVariables>;
export const RegionBuildingsDocument = new TypedDocumentString(`
    query RegionBuildings($regionId: ID!, $after: String) {
  buildings(regionId: $regionId, first: 50, after: $after) {
    nodes {
      id
      name
      address
      floors
      unitCount
      region {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RegionBuildingsQuery, RegionBuildingsQueryVariables>;
export const BuildingHousesDocument = new TypedDocumentString(`
    query BuildingHouses($id: ID!) {
  building(id: $id) {
    id
    houses {
      id
      unit
      floor
      room
      houseUse
      area
      households {
        id
        number
        members {
          id
          name
          relationship
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuildingHousesQuery, BuildingHousesQueryVariables>;
export const GridMapDocument = new TypedDocumentString(`
    query GridMap($under: ID) {
  gridMap(under: $under) {
    featureCollection
    gridCount
  }
}
    `) as unknown as TypedDocumentString<GridMapQuery, GridMapQueryVariables>;
export const RegionFiguresDocument = new TypedDocumentString(`
    query RegionFigures($regionId: ID!, $withParty: Boolean!) {
  regionFigures(regionId: $regionId) {
    households
    residents
    partyMembers @include(if: $withParty)
    staff
    residentsByType {
      residenceType
      count
    }
    keyGroups {
      count
      keyGroup {
        id
        name
        careLevel
      }
    }
    sizing {
      status
      rule {
        minHouseholds
        maxHouseholds
        maxResidents
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionFiguresQuery, RegionFiguresQueryVariables>;
export const GridTeamsDocument = new TypedDocumentString(`
    query GridTeams($regionId: ID, $incompleteOnly: Boolean!) {
  gridTeams(regionId: $regionId, incompleteOnly: $incompleteOnly) {
    grid {
      id
      name
      code
    }
    complete
    missing
    composition {
      leaders
      fullTime
      partTime
      professional
    }
    members {
      staff {
        id
        name
        gender
        phone
        partyMember
        starLevel
      }
      assignment {
        id
        teamRole
        startedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GridTeamsQuery, GridTeamsQueryVariables>;
export const ImportTemplatesDocument = new TypedDocumentString(`
    query ImportTemplates {
  importTemplates {
    kind
    fileName
    url
    csvUrl
    headers
  }
}
    `) as unknown as TypedDocumentString<ImportTemplatesQuery, ImportTemplatesQueryVariables>;
export const StartImportDocument = new TypedDocumentString(`
    mutation StartImport($input: StartImportInput!) {
  startImport(input: $input) {
    job {
      ...ImportJobFields
    }
    userErrors {
      field
      code
    }
  }
}
    fragment ImportJobFields on ImportJob {
  id
  kind
  status
  dryRun
  fileName
  totalRows
  processedRows
  createdCount
  updatedCount
  errorCount
  errors {
    row
    column
    code
  }
  warningCount
  warnings {
    row
    column
    code
  }
  failureCode
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<StartImportMutation, StartImportMutationVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    ...ImportJobFields
  }
}
    fragment ImportJobFields on ImportJob {
  id
  kind
  status
  dryRun
  fileName
  totalRows
  processedRows
  createdCount
  updatedCount
  errorCount
  errors {
    row
    column
    code
  }
  warningCount
  warnings {
    row
    column
    code
  }
  failureCode
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const PartyOrganisationsDocument = new TypedDocumentString(`
    query PartyOrganisations {
  partyOrganisations {
    id
    parentId
    depth
    kind
    name
    memberCount
    region {
      id
    }
    warnings {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationsQuery, PartyOrganisationsQueryVariables>;
export const OverduePartyMeetingsDocument = new TypedDocumentString(`
    query OverduePartyMeetings {
  overduePartyMeetings {
    organisation {
      id
      name
    }
    kind
    period
    periodStart
    periodEnd
    required
    held
  }
}
    `) as unknown as TypedDocumentString<OverduePartyMeetingsQuery, OverduePartyMeetingsQueryVariables>;
export const PartyTermsEndingSoonDocument = new TypedDocumentString(`
    query PartyTermsEndingSoon {
  partyTermsEndingSoon {
    id
    name
    termEnd
  }
}
    `) as unknown as TypedDocumentString<PartyTermsEndingSoonQuery, PartyTermsEndingSoonQueryVariables>;
export const PartyOrganisationOverviewDocument = new TypedDocumentString(`
    query PartyOrganisationOverview($id: ID!) {
  partyOrganisation(id: $id) {
    id
    kind
    name
    region {
      id
      name
    }
    termStart
    termEnd
    coveredUnits
    memberCount
    warnings {
      code
    }
    figures {
      organisations
      members
      fullMembers
      probationaryMembers
      byType {
        memberType
        count
      }
      byAge {
        bracket
        count
      }
      ageUnknown
      floating
      inService
      centreHouseholds
      meetingsRequired
      meetingsHeld
      meetingsOverdue
      averagePoints
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganisationOverviewQuery, PartyOrganisationOverviewQueryVariables>;
export const PartyOfficersDocument = new TypedDocumentString(`
    query PartyOfficers($id: ID!) {
  partyOrganisation(id: $id) {
    id
    officers {
      id
      role
      termStart
      termEnd
      inOffice
      member {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOfficersQuery, PartyOfficersQueryVariables>;
export const PartyMembersDocument = new TypedDocumentString(`
    query PartyMembers($id: ID!, $search: String, $first: Int!, $after: String) {
  partyOrganisation(id: $id) {
    id
    members(search: $search, first: $first, after: $after) {
      nodes {
        id
        name
        gender
        age
        status
        memberType
        joinedOn
        centreHousehold
        phone
        organisation {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyMembersQuery, PartyMembersQueryVariables>;
export const PartyMemberDocument = new TypedDocumentString(`
    query PartyMember($id: ID!) {
  partyMember(id: $id) {
    id
    name
    gender
    birthDate
    age
    idCardNo
    phone
    isResident
    organisation {
      id
      name
    }
    status
    joinedOn
    confirmedOn
    memberType
    floatingFrom
    floatingTo
    workUnit
    reportedCommunity {
      id
      name
    }
    centreHousehold
    leftOn
    leftTo
    version
    transfers {
      kind
      fromOrganisationName
      toOrganisationName
      fromPlace
      toPlace
      movedOn
      reason
    }
    points {
      points
      serviceHours
    }
    pointEntries {
      id
      awardedOn
      points
      serviceHours
      activity
      reason
    }
    commitments {
      id
      pledge
      periodStart
      periodEnd
      grade
      evaluation
      evaluatedOn
      progress {
        notedOn
        note
      }
    }
    evaluations {
      year
      grade
      decision
      decidedOn
    }
  }
}
    `) as unknown as TypedDocumentString<PartyMemberQuery, PartyMemberQueryVariables>;
export const PartyMeetingsDocument = new TypedDocumentString(`
    query PartyMeetings($id: ID!) {
  partyOrganisation(id: $id) {
    id
    meetings {
      id
      kind
      heldOn
      topic
      notes
      organisation {
        id
        name
      }
      attendance {
        attendance
        member {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyMeetingsQuery, PartyMeetingsQueryVariables>;
export const PartyPointsRankingDocument = new TypedDocumentString(`
    query PartyPointsRanking($id: ID!) {
  partyPointsRanking(organisationId: $id, first: 50) {
    rank
    points
    serviceHours
    member {
      id
      name
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyPointsRankingQuery, PartyPointsRankingQueryVariables>;
export const CreatePartyMemberDocument = new TypedDocumentString(`
    mutation CreatePartyMember($input: CreatePartyMemberInput!) {
  createPartyMember(input: $input) {
    member {
      id
      name
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartyMemberMutation, CreatePartyMemberMutationVariables>;
export const RecordPartyMeetingDocument = new TypedDocumentString(`
    mutation RecordPartyMeeting($input: RecordPartyMeetingInput!) {
  recordPartyMeeting(input: $input) {
    meeting {
      id
      topic
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPartyMeetingMutation, RecordPartyMeetingMutationVariables>;
export const AwardPartyPointsDocument = new TypedDocumentString(`
    mutation AwardPartyPoints($input: AwardPartyPointsInput!) {
  awardPartyPoints(input: $input) {
    balance {
      points
      serviceHours
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AwardPartyPointsMutation, AwardPartyPointsMutationVariables>;
export const TransferPartyMemberDocument = new TypedDocumentString(`
    mutation TransferPartyMember($input: TransferPartyMemberInput!) {
  transferPartyMember(input: $input) {
    member {
      id
      version
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TransferPartyMemberMutation, TransferPartyMemberMutationVariables>;
export const CreatePartyCommitmentDocument = new TypedDocumentString(`
    mutation CreatePartyCommitment($input: CreatePartyCommitmentInput!) {
  createPartyCommitment(input: $input) {
    commitment {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartyCommitmentMutation, CreatePartyCommitmentMutationVariables>;
export const RecordPartyEvaluationDocument = new TypedDocumentString(`
    mutation RecordPartyEvaluation($input: RecordPartyEvaluationInput!) {
  recordPartyEvaluation(input: $input) {
    evaluation {
      year
      grade
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPartyEvaluationMutation, RecordPartyEvaluationMutationVariables>;
export const SearchRegionsDocument = new TypedDocumentString(`
    query SearchRegions($search: String!) {
  regions(search: $search, first: 20) {
    nodes {
      id
      code
      name
      kind
      gridKind
      childCount
    }
  }
}
    `) as unknown as TypedDocumentString<SearchRegionsQuery, SearchRegionsQueryVariables>;
export const RegionPathDocument = new TypedDocumentString(`
    query RegionPath($id: ID!) {
  region(id: $id) {
    id
    ancestors {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegionPathQuery, RegionPathQueryVariables>;
export const ResidentsDocument = new TypedDocumentString(`
    query Residents($filter: ResidentFilterInput, $first: Int!, $after: String) {
  residents(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes {
      id
      name
      gender
      birthDate
      idCardNo
      phone
      residenceType
      status
      region {
        id
        name
      }
      household {
        id
        number
      }
      keyGroups {
        id
        endedOn
        keyGroup {
          id
          name
          careLevel
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentsQuery, ResidentsQueryVariables>;
export const KeyGroupsDocument = new TypedDocumentString(`
    query KeyGroups {
  keyGroups {
    id
    code
    name
    careLevel
    sensitive
  }
}
    `) as unknown as TypedDocumentString<KeyGroupsQuery, KeyGroupsQueryVariables>;
export const ExportResidentsDocument = new TypedDocumentString(`
    mutation ExportResidents($input: ExportResidentsInput!) {
  exportResidents(input: $input) {
    download {
      url
      fileName
      rowCount
      expiresAt
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExportResidentsMutation, ExportResidentsMutationVariables>;
export const RegionDetailsDocument = new TypedDocumentString(`
    query RegionDetails($id: ID!) {
  region(id: $id) {
    id
    code
    name
    kind
    gridKind
    childCount
    center {
      lng
      lat
    }
    parent {
      id
      name
    }
    ancestors {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<RegionDetailsQuery, RegionDetailsQueryVariables>;
export const RegionRootsDocument = new TypedDocumentString(`
    query RegionRoots {
  regionRoots {
    id
    code
    name
    kind
    gridKind
    childCount
  }
}
    `) as unknown as TypedDocumentString<RegionRootsQuery, RegionRootsQueryVariables>;
export const RegionChildrenDocument = new TypedDocumentString(`
    query RegionChildren($id: ID!, $after: String) {
  region(id: $id) {
    id
    children(first: 100, after: $after) {
      nodes {
        id
        code
        name
        kind
        gridKind
        childCount
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionChildrenQuery, RegionChildrenQueryVariables>;
export const ResidentDetailDocument = new TypedDocumentString(`
    query ResidentDetail($id: ID!) {
  resident(id: $id) {
    id
    name
    gender
    birthDate
    idCardNo
    phone
    ethnicity
    residenceType
    politicalStatus
    relationship
    status
    tags
    note
    region {
      id
      name
      code
    }
    house {
      id
      unit
      floor
      room
      houseUse
      building {
        id
        name
        address
      }
    }
    household {
      id
      number
      members {
        id
        name
        gender
        birthDate
        relationship
        residenceType
        status
      }
    }
    keyGroups {
      id
      startedOn
      endedOn
      riskLevel
      note
      keyGroup {
        id
        name
        careLevel
        sensitive
        hasRiskLevel
        visitIntervalDays
      }
    }
    timeline {
      kind
      occurredOn
      place
      note
      recordedAt
      fromRegion {
        id
        name
      }
      toRegion {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentDetailQuery, ResidentDetailQueryVariables>;
export const RevealResidentIdentifierDocument = new TypedDocumentString(`
    mutation RevealResidentIdentifier($input: RevealResidentIdentifierInput!) {
  revealResidentIdentifier(input: $input) {
    value
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RevealResidentIdentifierMutation, RevealResidentIdentifierMutationVariables>;