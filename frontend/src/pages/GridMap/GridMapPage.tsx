import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { useErrorMessage, useI18n } from '../../i18n';
import { communityColours } from './communityColours';
import { GridChart } from './GridChart';
import { GridDrawer } from './GridDrawer';
import { GridMapQuery } from './documents';
import { parseGridFeatureCollection, type GridFeature } from './gridFeatures';

/** How many communities the legend names before it summarises the rest. */
const LEGEND_LIMIT = 24;

/** 网格地图: every grid's boundary, coloured by community; a click opens its details. */
export function GridMapPage() {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(GridMapQuery, { under: null });
  const [selected, setSelected] = useState<GridFeature | null>(null);
  const [resetToken, setResetToken] = useState(0);

  const collection = useMemo(
    () => (data ? parseGridFeatureCollection(data.gridMap.featureCollection) : null),
    [data],
  );
  const colours = useMemo(
    () => communityColours((collection?.features ?? []).map((f) => f.properties.parentName)),
    [collection],
  );

  const communities = [...colours.entries()];
  const extra =
    data && (
      <Space size={12}>
        <Typography.Text type="secondary" data-testid="grid-count">
          {t('gridMap.gridCount', { count: data.gridMap.gridCount })}
        </Typography.Text>
        <Button size="small" icon={<ReloadOutlined />} onClick={() => setResetToken((n) => n + 1)}>
          {t('gridMap.reset')}
        </Button>
      </Space>
    );

  return (
    <Card size="small" title={t('gridMap.title')} extra={extra} styles={{ body: { padding: 8 } }}>
      {error ? (
        <Alert type="error" showIcon message={errorMessage(error)} />
      ) : loading || !collection ? (
        <div style={{ padding: 48, textAlign: 'center' }}>
          <Spin size="large" />
        </div>
      ) : collection.features.length === 0 ? (
        <Empty description={t('gridMap.empty')} />
      ) : (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center', marginBottom: 8 }}>
            <Typography.Text type="secondary" style={{ marginInlineEnd: 4 }}>
              {t('gridMap.legend')}
            </Typography.Text>
            {communities.slice(0, LEGEND_LIMIT).map(([name, colour]) => (
              <Tag key={name} color={colour} style={{ color: '#1f1f1f' }}>
                {name || t('region.none')}
              </Tag>
            ))}
            {communities.length > LEGEND_LIMIT && <Tag>+{communities.length - LEGEND_LIMIT}</Tag>}
            <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
              {t('gridMap.clickHint')}
            </Typography.Text>
          </div>
          <GridChart collection={collection} colours={colours} resetToken={resetToken} onGridClick={setSelected} />
        </>
      )}
      <GridDrawer grid={selected} onClose={() => setSelected(null)} />
    </Card>
  );
}
