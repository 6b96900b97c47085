import type { GridKind, RegionKind } from '../../gql/graphql';

export type Position = [number, number];
type Ring = Position[];

export type GridGeometry =
  | { type: 'Polygon'; coordinates: Ring[] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** Properties the server puts on each grid feature of `gridMap.featureCollection`. */
export interface GridProperties {
  /** GraphQL global id of the grid region. */
  id: string;
  code: string;
  name: string;
  kind: RegionKind;
  gridKind: GridKind | null;
  /** Name of the community (社区/村) the grid belongs to. */
  parentName: string;
}

export interface GridFeature {
  type: 'Feature';
  properties: GridProperties;
  geometry: GridGeometry;
}

export interface GridFeatureCollection {
  type: 'FeatureCollection';
  features: GridFeature[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number';
}

function isRing(value: unknown): value is Ring {
  return Array.isArray(value) && value.length >= 4 && value.every(isPosition);
}

function isPolygon(value: unknown): value is Ring[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRing);
}

function parseGeometry(value: unknown): GridGeometry | null {
  if (!isRecord(value)) return null;
  if (value.type === 'Polygon' && isPolygon(value.coordinates)) {
    return { type: 'Polygon', coordinates: value.coordinates };
  }
  if (value.type === 'MultiPolygon' && Array.isArray(value.coordinates) && value.coordinates.every(isPolygon)) {
    return { type: 'MultiPolygon', coordinates: value.coordinates as Ring[][] };
  }
  return null;
}

function parseFeature(value: unknown): GridFeature | null {
  if (!isRecord(value) || !isRecord(value.properties)) return null;
  const p = value.properties;
  if (typeof p.id !== 'string' || typeof p.name !== 'string') return null;
  const geometry = parseGeometry(value.geometry);
  if (!geometry) return null;
  return {
    type: 'Feature',
    geometry,
    properties: {
      id: p.id,
      name: p.name,
      code: typeof p.code === 'string' ? p.code : '',
      kind: (typeof p.kind === 'string' ? p.kind : 'GRID') as RegionKind,
      gridKind: (typeof p.gridKind === 'string' ? p.gridKind : null) as GridKind | null,
      parentName: typeof p.parentName === 'string' ? p.parentName : '',
    },
  };
}

/**
 * Reads the `JSON` scalar into typed grid features. Features without an id, a name or
 * a polygon are dropped rather than breaking the whole map.
 */
export function parseGridFeatureCollection(json: unknown): GridFeatureCollection {
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  const features = isRecord(value) && Array.isArray(value.features) ? value.features : [];
  return {
    type: 'FeatureCollection',
    features: features.map(parseFeature).filter((f): f is GridFeature => f !== null),
  };
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

function ringCentroid(ring: Ring): { point: Position; area: number } {
  const area = ringArea(ring);
  if (Math.abs(area) < 1e-12) {
    const n = ring.length;
    const [sx, sy] = ring.reduce(([ax, ay], [x, y]) => [ax + x, ay + y], [0, 0]);
    return { point: [sx / n, sy / n], area: 0 };
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { point: [cx / (6 * area), cy / (6 * area)], area: Math.abs(area) };
}

/** Area centroid of the largest polygon's outer ring, in lng/lat. */
export function featureCentroid(geometry: GridGeometry): Position {
  const outerRings = geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.coordinates.map((p) => p[0]!);
  const best = outerRings.map(ringCentroid).reduce((a, b) => (b.area > a.area ? b : a));
  return best.point;
}
