import { Drawer } from 'antd';
import { useI18n } from '../../i18n';
import { RegionDetails } from '../../regions/RegionDetails';
import type { GridFeature } from './gridFeatures';

/** Details of the clicked grid, fetched with `region(id)`. */
export function GridDrawer({ grid, onClose }: { grid: GridFeature | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer
      open={grid !== null}
      onClose={onClose}
      width={440}
      mask={false}
      title={grid ? grid.properties.name : t('gridMap.drawerTitle')}
      destroyOnHidden
    >
      <div data-testid="grid-drawer">
        {grid && <RegionDetails key={grid.properties.id} regionId={grid.properties.id} />}
      </div>
    </Drawer>
  );
}
