import { useMemo } from 'react';
import type { GridKind, RegionKind, Role } from '../gql/graphql';
import { useI18n } from '../i18n';

/** Localised names of the region tree's levels, grid kinds and roles. */
export function useDomainLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      kind: (kind: RegionKind) => t(`kind.${kind}`),
      gridKind: (gridKind: GridKind | null | undefined) =>
        gridKind ? t(`gridKind.${gridKind}`) : t('region.none'),
      role: (role: Role) => t(`role.${role}`),
    }),
    [t],
  );
}

/** Grids and micro-grids carry a grid kind; other levels do not. */
export function isGridLevel(kind: RegionKind): boolean {
  return kind === 'GRID' || kind === 'MICRO_GRID';
}

export function formatLngLat(point: { lng: number; lat: number }): string {
  return `${point.lng.toFixed(6)}, ${point.lat.toFixed(6)}`;
}
