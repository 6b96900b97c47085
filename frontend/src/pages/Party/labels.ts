import { useMemo } from 'react';
import type {
  Attendance,
  EvaluationGrade,
  MeetingPeriod,
  PartyMeetingKind,
  PartyMemberStatus,
  PartyMemberType,
  PartyOfficerRole,
  PartyOrganisationKind,
  PartyRuleCode,
  PartyTransferKind,
} from '../../gql/graphql';
import { useI18n } from '../../i18n';

/** Localised names of the party archives' enums. */
export function usePartyLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      organisationKind: (v: PartyOrganisationKind) => t(`party.organisationKind.${v}`),
      meetingKind: (v: PartyMeetingKind) => t(`party.meetingKind.${v}`),
      meetingPeriod: (v: MeetingPeriod) => t(`party.meetingPeriod.${v}`),
      attendance: (v: Attendance) => t(`party.attendance.${v}`),
      memberStatus: (v: PartyMemberStatus) => t(`party.memberStatus.${v}`),
      memberType: (v: PartyMemberType) => t(`party.memberType.${v}`),
      officerRole: (v: PartyOfficerRole) => t(`party.officerRole.${v}`),
      transferKind: (v: PartyTransferKind) => t(`party.transferKind.${v}`),
      grade: (v: EvaluationGrade) => t(`party.grade.${v}`),
      ruleCode: (v: PartyRuleCode) => t(`party.rule.${v}`),
    }),
    [t],
  );
}

/** 三会一课 and 主题党日, in the order the branch regulations list them. */
export const MEETING_KINDS: readonly PartyMeetingKind[] = [
  'BRANCH_MEMBER_MEETING',
  'BRANCH_COMMITTEE_MEETING',
  'PARTY_GROUP_MEETING',
  'PARTY_LECTURE',
  'THEME_PARTY_DAY',
];
export const ATTENDANCES: readonly Attendance[] = ['PRESENT', 'ABSENT', 'EXCUSED'];
export const MEMBER_STATUSES: readonly PartyMemberStatus[] = ['FULL', 'PROBATIONARY'];
export const MEMBER_TYPES: readonly PartyMemberType[] = ['REGISTERED', 'FLOATING', 'RETIRED', 'IN_SERVICE'];
export const GRADES: readonly EvaluationGrade[] = ['EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED'];

/** Tag colours, so the same value reads the same everywhere. */
export const ATTENDANCE_COLOUR: Record<Attendance, string> = { PRESENT: 'green', ABSENT: 'red', EXCUSED: 'orange' };
export const MEMBER_STATUS_COLOUR: Record<PartyMemberStatus, string> = { FULL: 'red', PROBATIONARY: 'orange' };
export const MEMBER_TYPE_COLOUR: Record<PartyMemberType, string> = {
  REGISTERED: 'blue',
  FLOATING: 'gold',
  RETIRED: 'default',
  IN_SERVICE: 'cyan',
};
export const GRADE_COLOUR: Record<EvaluationGrade, string> = {
  EXCELLENT: 'green',
  QUALIFIED: 'blue',
  BASICALLY_QUALIFIED: 'orange',
  UNQUALIFIED: 'red',
};
