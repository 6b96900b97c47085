import { useMemo } from 'react';
import type {
  CareLevel,
  Gender,
  GridSizeStatus,
  HouseUse,
  HouseholdRelationship,
  ImportKind,
  ImportStatus,
  MoveKind,
  PoliticalStatus,
  ResidenceType,
  ResidentStatus,
  TeamPart,
  TeamRole,
} from '../gql/graphql';
import { useI18n } from '../i18n';

/** Localised names of the archives' enums (residents, houses, key groups, teams, imports). */
export function useArchiveLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      gender: (v: Gender) => t(`gender.${v}`),
      residenceType: (v: ResidenceType) => t(`residenceType.${v}`),
      residentStatus: (v: ResidentStatus) => t(`residentStatus.${v}`),
      relationship: (v: HouseholdRelationship) => t(`relationship.${v}`),
      politicalStatus: (v: PoliticalStatus) => t(`politicalStatus.${v}`),
      houseUse: (v: HouseUse) => t(`houseUse.${v}`),
      careLevel: (v: CareLevel) => t(`careLevel.${v}`),
      moveKind: (v: MoveKind) => t(`moveKind.${v}`),
      teamRole: (v: TeamRole) => t(`teamRole.${v}`),
      teamPart: (v: TeamPart) => t(`teamPart.${v}`),
      sizeStatus: (v: GridSizeStatus) => t(`sizeStatus.${v}`),
      importKind: (v: ImportKind) => t(`importKind.${v}`),
      importStatus: (v: ImportStatus) => t(`importStatus.${v}`),
    }),
    [t],
  );
}

export const RESIDENCE_TYPES: readonly ResidenceType[] = ['REGISTERED', 'RESIDENT', 'FLOATING', 'OVERSEAS'];
export const RESIDENT_STATUSES: readonly ResidentStatus[] = ['LIVING', 'MOVED_OUT', 'DECEASED'];
export const IMPORT_KINDS: readonly ImportKind[] = ['RESIDENTS', 'HOUSES', 'STAFF', 'PARTY_MEMBERS'];

/** Tag colours, so the same value reads the same everywhere. */
export const CARE_LEVEL_COLOUR: Record<CareLevel, string> = { ROUTINE: 'default', ATTENTION: 'orange', KEY: 'red' };
export const RESIDENCE_TYPE_COLOUR: Record<ResidenceType, string> = {
  REGISTERED: 'blue',
  RESIDENT: 'cyan',
  FLOATING: 'gold',
  OVERSEAS: 'purple',
};
export const RESIDENT_STATUS_COLOUR: Record<ResidentStatus, string> = {
  LIVING: 'green',
  MOVED_OUT: 'default',
  DECEASED: 'default',
};
