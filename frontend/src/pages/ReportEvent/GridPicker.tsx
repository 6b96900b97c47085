import { AimOutlined } from '@ant-design/icons';
import { App, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { request } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { GridAtQuery, GridOptionsQuery } from '../../events/documents';
import { useErrorMessage, useI18n } from '../../i18n';
import { formatLngLat } from '../../regions/labels';
import { communityColours } from '../GridMap/communityColours';
import { GridChart } from '../GridMap/GridChart';
import { GridMapQuery } from '../GridMap/documents';
import { parseGridFeatureCollection, type Position } from '../GridMap/gridFeatures';

export interface GridOption {
  id: string;
  name: string;
}

interface GridSelectProps {
  value?: string;
  onChange?: (gridId: string | undefined) => void;
  /** A grid chosen elsewhere (the map) that the search has not listed. */
  known: GridOption | null;
}

/** A grid by name or code (the grids in the caller's reach). */
export function GridSelect({ value, onChange, known }: GridSelectProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState<string>();
  const { data, loading } = useQuery(GridOptionsQuery, { search });
  const options = useMemo(() => {
    const found = (data?.regions.nodes ?? []).map((g) => ({
      value: g.id,
      label: g.parent ? `${g.name}（${g.parent.name}）` : g.name,
    }));
    if (known && !found.some((o) => o.value === known.id)) found.unshift({ value: known.id, label: known.name });
    return found;
  }, [data, known]);

  return (
    <Select
      value={value}
      onChange={onChange}
      allowClear
      showSearch
      filterOption={false}
      onSearch={(text) => setSearch(text.trim() || undefined)}
      loading={loading}
      placeholder={t('events.new.grid.placeholder')}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      options={options}
      data-testid="report-grid"
    />
  );
}

interface GridPickerMapProps {
  point: Position | null;
  /** The point clicked and the grid containing it (null: in no grid). */
  onPick: (point: Position, grid: GridOption | null) => void;
}

/** The grid map; a click places the event there and finds its grid (`gridAt`). */
export function GridPickerMap({ point, onPick }: GridPickerMapProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(GridMapQuery, { under: null });
  const collection = useMemo(() => (data ? parseGridFeatureCollection(data.gridMap.featureCollection) : null), [data]);
  const colours = useMemo(
    () => communityColours((collection?.features ?? []).map((f) => f.properties.parentName)),
    [collection],
  );

  const pick = async (clicked: Position) => {
    try {
      const { gridAt } = await request(GridAtQuery, { lng: clicked[0], lat: clicked[1] });
      if (gridAt) void message.success(t('events.new.map.found', { name: gridAt.name }));
      else void message.warning(t('events.new.map.outside'));
      onPick(clicked, gridAt ? { id: gridAt.id, name: gridAt.name } : null);
    } catch (cause) {
      void message.error(errorMessage(cause));
    }
  };

  return (
    <div data-testid="report-map">
      <Typography.Text type="secondary">
        <AimOutlined /> {t('events.new.map')}
        {point && (
          <span data-testid="report-point" style={{ marginInlineStart: 8 }}>
            {t('events.new.map.point', { point: formatLngLat({ lng: point[0], lat: point[1] }) })}
          </span>
        )}
      </Typography.Text>
      {error ? (
        <Typography.Paragraph type="danger">{errorMessage(error)}</Typography.Paragraph>
      ) : loading || !collection ? (
        <div style={{ padding: 48, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : (
        <GridChart
          collection={collection}
          colours={colours}
          resetToken={0}
          height={380}
          marker={point}
          onGridClick={() => undefined}
          onPointClick={(clicked) => void pick(clicked)}
        />
      )}
    </div>
  );
}
