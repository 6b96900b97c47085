import { Alert, Button, Collapse, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '../../api/useQuery';
import { useErrorMessage, useI18n } from '../../i18n';
import { BuildingHouses } from './BuildingHouses';
import { RegionBuildingsQuery } from './documents';

interface BuildingListProps {
  regionId: string;
  /** The page's cursor: null for the first page. */
  after: string | null;
  /** Only the last page offers the next one. */
  isLast: boolean;
  onMore: (endCursor: string) => void;
  onOpenResident: (residentId: string) => void;
}

/** One page of buildings (50), each opening to its houses when expanded. */
export function BuildingList({ regionId, after, isLast, onMore, onOpenResident }: BuildingListProps) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(RegionBuildingsQuery, { regionId, after });

  if (error) return <Alert type="error" showIcon message={errorMessage(error)} />;
  if (loading || !data) return <Skeleton active />;
  const { nodes, pageInfo } = data.buildings;
  if (nodes.length === 0 && after === null) {
    return <Typography.Text type="secondary">{t('buildings.empty')}</Typography.Text>;
  }

  return (
    <>
      <Collapse
        data-testid="building-list"
        style={{ marginBottom: 8 }}
        items={nodes.map((building) => ({
          key: building.id,
          label: (
            <Space size={8} wrap>
              <Typography.Text strong data-testid="building-name">
                {building.name}
              </Typography.Text>
              {building.floors !== null && <Tag bordered={false}>{t('buildings.floors', { count: building.floors })}</Tag>}
              {building.unitCount !== null && (
                <Tag bordered={false}>{t('buildings.units', { count: building.unitCount })}</Tag>
              )}
              {building.region.id !== regionId && <Tag color="blue">{building.region.name}</Tag>}
              {building.address && <Typography.Text type="secondary">{building.address}</Typography.Text>}
            </Space>
          ),
          children: <BuildingHouses buildingId={building.id} onOpenResident={onOpenResident} />,
        }))}
      />
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor && (
        <Button block onClick={() => onMore(pageInfo.endCursor!)}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
