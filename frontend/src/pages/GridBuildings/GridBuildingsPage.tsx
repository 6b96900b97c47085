import { ArrowLeftOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n';
import { RegionDetailsQuery } from '../../regions/documents';
import { RegionPicker } from '../../regions/RegionPicker';
import { ResidentDrawer } from '../../residents/ResidentDrawer';
import { navigate, type PageProps } from '../../routing';
import { BuildingList } from './BuildingList';

/**
 * 楼栋房屋 of a grid (`#/buildings/<grid id>`, reached from the grid map): buildings →
 * houses → households → members; a member opens the resident's details.
 */
export function GridBuildingsPage({ param: regionId }: PageProps) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [residentId, setResidentId] = useState<string | null>(null);

  const extra = (
    <Space>
      <RegionPicker value={regionId} onChange={(id) => navigate('buildings', id)} />
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('map')}>
        {t('buildings.back')}
      </Button>
    </Space>
  );

  return (
    <Card size="small" title={regionId ? <RegionTitle regionId={regionId} /> : t('buildings.title')} extra={extra}>
      {regionId ? (
        <>
          <Typography.Paragraph type="secondary">{t('buildings.memberHint')}</Typography.Paragraph>
          {cursors.map((after, index) => (
            <BuildingList
              key={after ?? ''}
              regionId={regionId}
              after={after}
              isLast={index === cursors.length - 1}
              onMore={(endCursor) => setCursors((c) => [...c, endCursor])}
              onOpenResident={setResidentId}
            />
          ))}
        </>
      ) : (
        <Empty description={t('gridMap.clickHint')} />
      )}
      <ResidentDrawer residentId={residentId} onOpenResident={setResidentId} onClose={() => setResidentId(null)} />
    </Card>
  );
}

/** "楼栋房屋" and where the region lies: 青石县 / 东城街道 / 青河社区 / 第一网格. */
function RegionTitle({ regionId }: { regionId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(RegionDetailsQuery, { id: regionId });
  const region = data?.region;
  return (
    <Space size={12}>
      <span>{t('buildings.title')}</span>
      {region && (
        <Breadcrumb
          data-testid="buildings-region"
          items={[...region.ancestors.map((a) => ({ key: a.id, title: a.name })), { key: region.id, title: region.name }]}
        />
      )}
    </Space>
  );
}
