import { Table, Tag, Tooltip, Typography } from 'antd';
import { CARE_LEVEL_COLOUR, useArchiveLabels } from '../archives/labels';
import { useI18n } from '../i18n';
import type { ResidentDetail } from './ResidentDetails';

type Membership = ResidentDetail['keyGroups'][number];

/** The resident's key-group memberships (current first, as the server sends them). */
export function KeyGroupMemberships({ memberships }: { memberships: Membership[] }) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  if (memberships.length === 0) return <Typography.Text type="secondary">{t('resident.keyGroups.none')}</Typography.Text>;

  return (
    <Table<Membership>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={memberships}
      data-testid="key-group-memberships"
      columns={[
        {
          title: t('resident.keyGroups.group'),
          key: 'group',
          render: (_, m) => (
            <Tooltip title={t('resident.keyGroups.visit', { days: m.keyGroup.visitIntervalDays })}>
              <span>
                {m.keyGroup.name}
                {m.keyGroup.sensitive && (
                  <Tag color="magenta" bordered={false} style={{ marginInlineStart: 6 }}>
                    {t('resident.keyGroups.sensitive')}
                  </Tag>
                )}
              </span>
            </Tooltip>
          ),
        },
        {
          title: t('resident.keyGroups.careLevel'),
          key: 'careLevel',
          render: (_, m) => <Tag color={CARE_LEVEL_COLOUR[m.keyGroup.careLevel]}>{labels.careLevel(m.keyGroup.careLevel)}</Tag>,
        },
        {
          title: t('resident.keyGroups.riskLevel'),
          dataIndex: 'riskLevel',
          render: (level: number | null) =>
            level === null ? t('common.none') : <Tag color={level >= 3 ? 'red' : 'orange'}>{level}</Tag>,
        },
        { title: t('resident.keyGroups.since'), dataIndex: 'startedOn' },
        {
          title: t('resident.keyGroups.until'),
          dataIndex: 'endedOn',
          render: (endedOn: string | null) => endedOn ?? <Tag color="green">{t('resident.keyGroups.current')}</Tag>,
        },
      ]}
    />
  );
}
