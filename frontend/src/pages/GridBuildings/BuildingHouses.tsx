import { Alert, Table, Tag } from 'antd';
import { useArchiveLabels } from '../../archives/labels';
import { useQuery } from '../../api/useQuery';
import type { BuildingHousesQuery as BuildingHousesResult, HouseUse } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { BuildingHousesQuery } from './documents';
import { HouseHouseholds } from './HouseHouseholds';

export type BuildingHouse = BuildingHousesResult['building']['houses'][number];

const USE_COLOUR: Record<HouseUse, string> = {
  OWNER_OCCUPIED: 'default',
  RENTED: 'gold',
  VACANT: 'default',
  COMMERCIAL: 'purple',
};

interface BuildingHousesProps {
  buildingId: string;
  onOpenResident: (residentId: string) => void;
}

/** A building's houses (unit, floor, room, use) and who lives in each. */
export function BuildingHouses({ buildingId, onOpenResident }: BuildingHousesProps) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(BuildingHousesQuery, { id: buildingId });

  if (error) return <Alert type="error" showIcon message={errorMessage(error)} />;
  return (
    <Table<BuildingHouse>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={data?.building.houses ?? []}
      locale={{ emptyText: t('buildings.houses.empty') }}
      columns={[
        { title: t('buildings.column.unit'), dataIndex: 'unit', width: 90, render: (unit: string) => unit || t('common.none') },
        { title: t('buildings.column.floor'), dataIndex: 'floor', width: 70, render: (f: number | null) => f ?? t('common.none') },
        { title: t('buildings.column.room'), dataIndex: 'room', width: 80 },
        {
          title: t('buildings.column.use'),
          dataIndex: 'houseUse',
          width: 90,
          render: (use: HouseUse) => <Tag color={USE_COLOUR[use]}>{labels.houseUse(use)}</Tag>,
        },
        {
          title: t('buildings.column.households'),
          key: 'households',
          render: (_, house) => <HouseHouseholds households={house.households} onOpenResident={onOpenResident} />,
        },
      ]}
    />
  );
}
