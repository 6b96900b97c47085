import { FlagOutlined, HomeOutlined, IdcardOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Space } from 'antd';
import { usePermissions } from '../../auth/permissions';
import { useI18n } from '../../i18n';
import { RegionDetails } from '../../regions/RegionDetails';
import { navigate } from '../../routing';
import { GridFigures } from './GridFigures';
import type { GridFeature } from './gridFeatures';

/** The clicked grid: its details (`region(id)`), its figures, and where to go from here. */
export function GridDrawer({ grid, onClose }: { grid: GridFeature | null; onClose: () => void }) {
  const { t } = useI18n();
  const can = usePermissions();
  const gridId = grid?.properties.id;
  return (
    <Drawer
      open={grid !== null}
      onClose={onClose}
      width={480}
      mask={false}
      title={grid ? grid.properties.name : t('gridMap.drawerTitle')}
      destroyOnHidden
    >
      <div data-testid="grid-drawer">
        {gridId && (
          <>
            <GridActions gridId={gridId} />
            <RegionDetails key={gridId} regionId={gridId} />
            {can('resident:read') && (
              <>
                <Divider orientation="left">{t('gridMap.figures')}</Divider>
                <GridFigures key={gridId} regionId={gridId} />
              </>
            )}
          </>
        )}
      </div>
    </Drawer>
  );
}

/** Links to the grid's buildings, team, residents and party organisation, for users who may read them. */
function GridActions({ gridId }: { gridId: string }) {
  const { t } = useI18n();
  const can = usePermissions();
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {can('place:read') && (
        <Button type="primary" icon={<HomeOutlined />} onClick={() => navigate('buildings', gridId)} data-testid="grid-buildings">
          {t('gridMap.buildings')}
        </Button>
      )}
      {can('team:read') && (
        <Button icon={<TeamOutlined />} onClick={() => navigate('teams', gridId)}>
          {t('gridMap.team')}
        </Button>
      )}
      {can('resident:read') && (
        <Button icon={<IdcardOutlined />} onClick={() => navigate('residents', gridId)}>
          {t('gridMap.residents')}
        </Button>
      )}
      {can('party:figures') && (
        <Button icon={<FlagOutlined />} onClick={() => navigate('party', gridId)} data-testid="grid-party">
          {t('gridMap.party')}
        </Button>
      )}
    </Space>
  );
}
