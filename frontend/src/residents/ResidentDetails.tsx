import { Alert, Divider, Skeleton } from 'antd';
import { useQuery } from '../api/useQuery';
import type { ResidentDetailQuery as ResidentDetailResult } from '../gql/graphql';
import { useErrorMessage, useI18n } from '../i18n';
import { ResidentDetailQuery } from './documents';
import { HouseholdMembers } from './HouseholdMembers';
import { KeyGroupMemberships } from './KeyGroupMemberships';
import { ResidentProfile } from './ResidentProfile';
import { ResidentTimeline } from './ResidentTimeline';

export type ResidentDetail = ResidentDetailResult['resident'];

interface ResidentDetailsProps {
  residentId: string;
  onOpenResident: (residentId: string) => void;
}

/** Fetches one resident and shows the archive: fields, household, key groups, timeline. */
export function ResidentDetails({ residentId, onOpenResident }: ResidentDetailsProps) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(ResidentDetailQuery, { id: residentId });

  if (error) return <Alert type="error" showIcon message={errorMessage(error)} />;
  if (loading || !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { resident } = data;

  return (
    <div data-testid="resident-details">
      <ResidentProfile resident={resident} />
      <Divider orientation="left">{t('resident.section.household')}</Divider>
      <HouseholdMembers resident={resident} onOpenResident={onOpenResident} />
      <Divider orientation="left">{t('resident.section.keyGroups')}</Divider>
      <KeyGroupMemberships memberships={resident.keyGroups} />
      <Divider orientation="left">{t('resident.section.timeline')}</Divider>
      <ResidentTimeline moves={resident.timeline} />
    </div>
  );
}
