import { Table, Tag, Typography } from 'antd';
import { RESIDENT_STATUS_COLOUR, useArchiveLabels } from '../archives/labels';
import { useI18n } from '../i18n';
import type { ResidentDetail } from './ResidentDetails';

type Member = NonNullable<ResidentDetail['household']>['members'][number];

interface HouseholdMembersProps {
  resident: ResidentDetail;
  onOpenResident: (residentId: string) => void;
}

/** The people of the resident's household; a click opens another member. */
export function HouseholdMembers({ resident, onOpenResident }: HouseholdMembersProps) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  if (!resident.household) return <Typography.Text type="secondary">{t('resident.household.none')}</Typography.Text>;

  return (
    <Table<Member>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={resident.household.members}
      data-testid="household-members"
      columns={[
        {
          title: t('resident.field.name'),
          dataIndex: 'name',
          render: (name: string, member) =>
            member.id === resident.id ? (
              <span>
                {name} <Tag color="blue">{t('resident.household.you')}</Tag>
              </span>
            ) : (
              <a onClick={() => onOpenResident(member.id)}>{name}</a>
            ),
        },
        {
          title: t('resident.field.relationship'),
          dataIndex: 'relationship',
          render: (value: Member['relationship']) => (value ? labels.relationship(value) : t('common.none')),
        },
        { title: t('resident.field.gender'), dataIndex: 'gender', render: labels.gender },
        { title: t('resident.field.birthDate'), dataIndex: 'birthDate', render: (v: string | null) => v ?? t('common.none') },
        { title: t('resident.field.residenceType'), dataIndex: 'residenceType', render: labels.residenceType },
        {
          title: t('resident.field.status'),
          dataIndex: 'status',
          render: (status: Member['status']) => (
            <Tag color={RESIDENT_STATUS_COLOUR[status]}>{labels.residentStatus(status)}</Tag>
          ),
        },
      ]}
    />
  );
}
