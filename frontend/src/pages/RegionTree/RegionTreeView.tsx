import { Tag, Tree, Typography } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useMemo, type Key } from 'react';
import { useI18n } from '../../i18n';
import { useDomainLabels } from '../../regions/labels';
import type { RegionForest, RegionSummary } from '../../regions/useRegionTree';

const LOAD_MORE_PREFIX = 'load-more:';

interface RegionTreeViewProps {
  forest: RegionForest;
  expandedKeys: string[];
  selectedId: string | undefined;
  onExpand: (keys: string[]) => void;
  onSelect: (regionId: string) => void;
  onLoadChildren: (regionId: string) => Promise<void>;
  onLoadMore: (parentId: string) => void;
}

/** antd Tree over the lazily loaded forest; a trailing "load more" leaf pages long lists. */
export function RegionTreeView(props: RegionTreeViewProps) {
  const { forest, expandedKeys, selectedId, onExpand, onSelect, onLoadChildren, onLoadMore } = props;
  const { t } = useI18n();
  const labels = useDomainLabels();

  const treeData = useMemo(() => {
    const title = (region: RegionSummary) => (
      <span>
        {region.name}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {region.code}
        </Typography.Text>{' '}
        <Tag bordered={false} style={{ marginInlineStart: 4 }}>
          {labels.kind(region.kind)}
        </Tag>
      </span>
    );
    const build = (id: string): DataNode | null => {
      const region = forest.regions.get(id);
      if (!region) return null;
      const page = forest.children.get(id);
      const children = page
        ? [
            ...page.ids.map(build).filter((n): n is DataNode => n !== null),
            ...(page.nextCursor
              ? [{ key: `${LOAD_MORE_PREFIX}${id}`, title: <a>{t('regionTree.loadMore')}</a>, isLeaf: true }]
              : []),
          ]
        : undefined;
      return { key: id, title: title(region), isLeaf: region.childCount === 0, children };
    };
    return forest.rootIds.map(build).filter((n): n is DataNode => n !== null);
  }, [forest, labels, t]);

  const loadedKeys = useMemo(() => [...forest.children.keys()], [forest]);

  const loadData = (node: EventDataNode<DataNode>) => {
    const key = String(node.key);
    return key.startsWith(LOAD_MORE_PREFIX) ? Promise.resolve() : onLoadChildren(key);
  };

  const handleSelect = (_keys: Key[], info: { node: EventDataNode<DataNode> }) => {
    const key = String(info.node.key);
    if (key.startsWith(LOAD_MORE_PREFIX)) onLoadMore(key.slice(LOAD_MORE_PREFIX.length));
    else onSelect(key);
  };

  return (
    <Tree
      data-testid="region-tree"
      showLine
      blockNode
      treeData={treeData}
      loadData={loadData}
      loadedKeys={loadedKeys}
      expandedKeys={expandedKeys}
      selectedKeys={selectedId ? [selectedId] : []}
      onExpand={(keys) => onExpand(keys.map(String))}
      onSelect={handleSelect}
    />
  );
}
