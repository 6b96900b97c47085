import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { request } from '../api/client';
import { useI18n } from '../i18n';
import { RegionDetailsQuery } from './documents';
import { useDomainLabels } from './labels';
import { useRegionTree } from './useRegionTree';

const LOAD_MORE_PREFIX = 'load-more:';

interface PickerNode {
  value: string;
  title: string;
  /** What the search box matches: name and code. */
  searchText: string;
  isLeaf: boolean;
  selectable?: boolean;
  children?: PickerNode[];
}

interface RegionPickerProps {
  /** The chosen region's global id; null (or absent) for "the user's whole reach". */
  value?: string | null;
  onChange?: (regionId: string | null) => void;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * Picks one region from the lazily loaded region tree (children load when a node opens, a
 * page of 100 at a time). A chosen region the tree has not loaded yet (e.g. from a link)
 * is named by fetching it.
 */
export function RegionPicker({ value = null, onChange, placeholder, style, ...rest }: RegionPickerProps) {
  const { t } = useI18n();
  const labels = useDomainLabels();
  const { forest, loading, ensureChildren, loadMoreChildren } = useRegionTree();
  const fetchedName = useRegionName(value && !forest.regions.has(value) ? value : null);

  const treeData = useMemo(() => {
    const build = (id: string): PickerNode | null => {
      const region = forest.regions.get(id);
      if (!region) return null;
      const page = forest.children.get(id);
      const children = page
        ? [
            ...page.ids.map(build).filter((n): n is PickerNode => n !== null),
            ...(page.nextCursor
              ? [{ value: `${LOAD_MORE_PREFIX}${id}`, title: t('regionTree.loadMore'), searchText: '', isLeaf: true }]
              : []),
          ]
        : undefined;
      return {
        value: id,
        title: `${region.name} · ${labels.kind(region.kind)}`,
        searchText: `${region.name} ${region.code}`,
        isLeaf: region.childCount === 0,
        children,
      };
    };
    return forest.rootIds.map(build).filter((n): n is PickerNode => n !== null);
  }, [forest, labels, t]);

  const label = value ? (forest.regions.get(value)?.name ?? fetchedName ?? value) : undefined;

  return (
    <TreeSelect<{ value: string; label?: ReactNode } | undefined>
      {...rest}
      style={{ minWidth: 220, ...style }}
      allowClear
      showSearch
      labelInValue
      loading={loading}
      placeholder={placeholder ?? t('regionPicker.placeholder')}
      popupMatchSelectWidth={false}
      treeData={treeData}
      treeLoadedKeys={[...forest.children.keys()]}
      loadData={(node) => ensureChildren(String(node.value)).catch(() => undefined)}
      treeNodeFilterProp="searchText"
      value={value ? { value, label } : undefined}
      onChange={(next) => {
        const id = next?.value;
        if (id?.startsWith(LOAD_MORE_PREFIX)) {
          void loadMoreChildren(id.slice(LOAD_MORE_PREFIX.length)).catch(() => undefined);
          return;
        }
        onChange?.(id ?? null);
      }}
    />
  );
}

/** The name of a region the tree has not loaded, fetched once per id. */
function useRegionName(regionId: string | null): string | undefined {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!regionId || names.has(regionId)) return;
    let current = true;
    request(RegionDetailsQuery, { id: regionId })
      .then(({ region }) => {
        if (current) setNames((before) => new Map(before).set(regionId, region.name));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [regionId, names]);
  return regionId ? names.get(regionId) : undefined;
}
