import { App, Alert, Card, Col, Empty, Row, Space, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { request } from '../../api/client';
import { useErrorMessage, useI18n } from '../../i18n';
import { RegionDetails } from '../../regions/RegionDetails';
import { RegionPathQuery } from './documents';
import { RegionSearch } from './RegionSearch';
import { RegionTreeView } from './RegionTreeView';
import { useRegionTree } from '../../regions/useRegionTree';

/** 区域树: the tenant's region tree, a search, and the selected region's details. */
export function RegionTreePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const store = useRegionTree();
  const { ensureChildren, loadMoreChildren, has } = store;
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [selectedId, setSelectedId] = useState<string>();

  const loadChildren = useCallback(
    (regionId: string) =>
      ensureChildren(regionId).catch((error: unknown) => {
        void message.error(errorMessage(error));
      }),
    [ensureChildren, errorMessage, message],
  );

  const loadMore = useCallback(
    (parentId: string) => {
      loadMoreChildren(parentId).catch((error: unknown) => void message.error(errorMessage(error)));
    },
    [loadMoreChildren, errorMessage, message],
  );

  /** Selects a search hit and expands the tree down to it, as far as the tree reaches. */
  const reveal = useCallback(
    async (regionId: string) => {
      setSelectedId(regionId);
      try {
        const { region } = await request(RegionPathQuery, { id: regionId });
        const opened: string[] = [];
        for (const ancestor of region.ancestors) {
          // A scoped user's roots may sit below the county: skip ancestors outside the tree.
          if (!has(ancestor.id)) continue;
          await ensureChildren(ancestor.id);
          opened.push(ancestor.id);
        }
        setExpandedKeys((keys) => [...new Set([...keys, ...opened])]);
      } catch (error) {
        void message.error(errorMessage(error));
      }
    },
    [ensureChildren, has, errorMessage, message],
  );

  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card title={t('regionTree.title')} size="small">
          <Space direction="vertical" style={{ width: '100%' }} size={12}>
            <RegionSearch onPick={(id) => void reveal(id)} />
            {store.error ? (
              <Alert type="error" showIcon message={errorMessage(store.error)} />
            ) : store.loading ? (
              <Spin />
            ) : store.forest.rootIds.length === 0 ? (
              <Empty description={t('regionTree.empty')} />
            ) : (
              <RegionTreeView
                forest={store.forest}
                expandedKeys={expandedKeys}
                selectedId={selectedId}
                onExpand={setExpandedKeys}
                onSelect={setSelectedId}
                onLoadChildren={loadChildren}
                onLoadMore={loadMore}
              />
            )}
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={t('regionTree.details')} size="small">
          {selectedId ? (
            <RegionDetails key={selectedId} regionId={selectedId} />
          ) : (
            <Empty description={t('regionTree.selectHint')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
