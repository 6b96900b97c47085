import { Table, Tag, Typography } from 'antd';
import { CARE_LEVEL_COLOUR, RESIDENCE_TYPE_COLOUR, RESIDENT_STATUS_COLOUR, useArchiveLabels } from '../../archives/labels';
import type { ResidentsQuery as ResidentsResult } from '../../gql/graphql';
import { useI18n } from '../../i18n';

export type ResidentRow = ResidentsResult['residents']['nodes'][number];

interface ResidentTableProps {
  residents: ResidentRow[];
  loading: boolean;
  emptyText: string;
  onOpen: (residentId: string) => void;
}

/** One page of residents; ID numbers and phones exactly as the server masks them. */
export function ResidentTable({ residents, loading, emptyText, onOpen }: ResidentTableProps) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const none = t('common.none');
  const masked = (value: string | null) =>
    value ? (
      <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Typography.Text>
    ) : (
      none
    );

  return (
    <Table<ResidentRow>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={residents}
      scroll={{ x: 1200 }}
      locale={{ emptyText }}
      data-testid="residents-table"
      onRow={(resident) => ({ onClick: () => onOpen(resident.id), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('residents.column.name'),
          dataIndex: 'name',
          fixed: 'left',
          width: 110,
          render: (name: string) => <a data-testid="resident-row-name">{name}</a>,
        },
        { title: t('residents.column.gender'), dataIndex: 'gender', width: 80, render: labels.gender },
        { title: t('residents.column.birthDate'), dataIndex: 'birthDate', render: (v: string | null) => v ?? none },
        { title: t('residents.column.idCardNo'), dataIndex: 'idCardNo', width: 200, render: masked },
        { title: t('residents.column.phone'), dataIndex: 'phone', width: 130, render: masked },
        {
          title: t('residents.column.residenceType'),
          dataIndex: 'residenceType',
          render: (v: ResidentRow['residenceType']) => <Tag color={RESIDENCE_TYPE_COLOUR[v]}>{labels.residenceType(v)}</Tag>,
        },
        { title: t('residents.column.region'), key: 'region', ellipsis: true, render: (_, r) => r.region.name },
        { title: t('residents.column.household'), key: 'household', render: (_, r) => r.household?.number ?? none },
        {
          title: t('residents.column.keyGroups'),
          key: 'keyGroups',
          render: (_, r) =>
            r.keyGroups
              .filter((m) => m.endedOn === null)
              .map((m) => (
                <Tag key={m.id} color={CARE_LEVEL_COLOUR[m.keyGroup.careLevel]} bordered={false}>
                  {m.keyGroup.name}
                </Tag>
              )),
        },
        {
          title: t('residents.column.status'),
          dataIndex: 'status',
          render: (v: ResidentRow['status']) => <Tag color={RESIDENT_STATUS_COLOUR[v]}>{labels.residentStatus(v)}</Tag>,
        },
      ]}
    />
  );
}
