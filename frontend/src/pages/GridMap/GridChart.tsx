import { MapChart } from 'echarts/charts';
import { MarkPointComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n';
import { featureCentroid, type GridFeature, type GridFeatureCollection, type Position } from './gridFeatures';

echarts.use([MapChart, TooltipComponent, MarkPointComponent, CanvasRenderer]);

/** The one map name this page registers its boundaries under. */
const MAP_NAME = 'grids';

type GeoJsonInput = Parameters<typeof echarts.registerMap>[1];

/** Read-only handle for browser tests: where each grid is drawn, in container pixels. */
export interface GridMapTestHandle {
  grids: Array<{ id: string; name: string; code: string; parentName: string; center: Position }>;
  pixelOf: (id: string) => [number, number] | null;
}

declare global {
  interface Window {
    __gridgovMap?: GridMapTestHandle;
  }
}

interface GridChartProps {
  collection: GridFeatureCollection;
  colours: ReadonlyMap<string, string>;
  /** Bumped to restore the initial zoom and position. */
  resetToken: number;
  onGridClick: (feature: GridFeature) => void;
  /** A click anywhere on the map, as lng/lat (e.g. to place an event). */
  onPointClick?: (point: Position) => void;
  /** A pin drawn at this lng/lat (the picked point). */
  marker?: Position | null;
  /** CSS height of the chart; the full page's height by default. */
  height?: string | number;
}

/**
 * Draws grid polygons with ECharts' map series; no tiles. Features are keyed by their
 * global id (`nameProperty: 'id'`), so a click hands back the id, and labels show the
 * Chinese name looked up from it.
 */
export function GridChart({ collection, colours, resetToken, onGridClick, onPointClick, marker, height }: GridChartProps) {
  const { t } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const onClickRef = useRef(onGridClick);
  onClickRef.current = onGridClick;
  const onPointRef = useRef(onPointClick);
  onPointRef.current = onPointClick;
  // Read by the tooltip when it shows, so switching language does not reset the view.
  const tRef = useRef(t);
  tRef.current = t;

  const byId = useMemo(
    () => new Map(collection.features.map((f) => [f.properties.id, f])),
    [collection],
  );

  // One chart instance per mounted container.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = echarts.init(container, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
      delete window.__gridgovMap;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const handler = (params: { componentType?: string; name?: string }) => {
      const feature = params.name ? byId.get(params.name) : undefined;
      if (feature) onClickRef.current(feature);
    };
    chart.on('click', handler);
    // Any pixel of the chart (inside a grid or not) as lng/lat, for callers that place points.
    const zr = chart.getZr();
    const pointHandler = (e: { offsetX: number; offsetY: number }) => {
      if (!onPointRef.current) return;
      const point: unknown = chart.convertFromPixel({ seriesIndex: 0 }, [e.offsetX, e.offsetY]);
      if (Array.isArray(point) && typeof point[0] === 'number' && typeof point[1] === 'number') {
        onPointRef.current([point[0], point[1]]);
      }
    };
    zr.on('click', pointHandler);
    return () => {
      chart.off('click', handler);
      zr.off('click', pointHandler);
    };
  }, [byId]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    echarts.registerMap(MAP_NAME, collection as unknown as GeoJsonInput);
    const encode = echarts.format.encodeHTML;
    chart.setOption(
      {
        tooltip: {
          trigger: 'item',
          formatter: (params: { name: string }) => {
            const p = byId.get(params.name)?.properties;
            if (!p) return '';
            const community = tRef.current('gridMap.tooltipCommunity', { name: p.parentName });
            return `<b>${encode(p.name)}</b><br/>${encode(p.code)}<br/>${encode(community)}`;
          },
        },
        series: [
          {
            type: 'map',
            map: MAP_NAME,
            nameProperty: 'id',
            roam: true,
            scaleLimit: { min: 0.5, max: 40 },
            selectedMode: false,
            label: {
              show: true,
              fontSize: 11,
              color: '#1f1f1f',
              formatter: (params: { name: string }) => byId.get(params.name)?.properties.name ?? '',
            },
            labelLayout: { hideOverlap: true },
            itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
            emphasis: {
              label: { show: true, fontWeight: 'bold' },
              itemStyle: { areaColor: '#ffd666', borderColor: '#fa8c16', borderWidth: 2 },
            },
            data: collection.features.map((f) => ({
              name: f.properties.id,
              itemStyle: { areaColor: colours.get(f.properties.parentName) ?? '#d9d9d9' },
            })),
            markPoint: {
              symbol: 'pin',
              symbolSize: 36,
              itemStyle: { color: '#f5222d' },
              label: { show: false },
              data: [],
            },
          },
        ],
      },
      { notMerge: true },
    );

    window.__gridgovMap = {
      grids: collection.features.map((f) => ({
        id: f.properties.id,
        name: f.properties.name,
        code: f.properties.code,
        parentName: f.properties.parentName,
        center: featureCentroid(f.geometry),
      })),
      pixelOf: (id) => {
        const feature = byId.get(id);
        if (!feature || !chartRef.current) return null;
        const pixel: unknown = chartRef.current.convertToPixel({ seriesIndex: 0 }, featureCentroid(feature.geometry));
        return Array.isArray(pixel) && typeof pixel[0] === 'number' && typeof pixel[1] === 'number'
          ? [pixel[0], pixel[1]]
          : null;
      },
    };
  }, [collection, colours, byId, resetToken]);

  // The pin moves without redrawing the map (the zoom and position stay).
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.setOption({ series: [{ markPoint: { data: marker ? [{ coord: marker, name: 'picked' }] : [] } }] });
  }, [marker, collection, resetToken]);

  return (
    <div
      ref={containerRef}
      data-testid="grid-map"
      style={{ width: '100%', height: height ?? 'calc(100vh - 190px)', minHeight: height === undefined ? 420 : undefined }}
    />
  );
}
