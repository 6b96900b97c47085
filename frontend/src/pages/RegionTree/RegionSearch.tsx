import { Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { useErrorMessage, useI18n } from '../../i18n';
import { useDomainLabels } from '../../regions/labels';
import { SearchRegionsQuery } from './documents';

/** Search box over `regions(search:)`; picking a hit reveals it in the tree. */
export function RegionSearch({ onPick }: { onPick: (regionId: string) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');

  return (
    <div>
      <Input.Search
        allowClear
        placeholder={t('regionTree.search.placeholder')}
        onSearch={(value) => setSearch(value.trim())}
        data-testid="region-search"
      />
      {search && <SearchResults search={search} onPick={onPick} />}
    </div>
  );
}

function SearchResults({ search, onPick }: { search: string; onPick: (regionId: string) => void }) {
  const { t } = useI18n();
  const labels = useDomainLabels();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(SearchRegionsQuery, { search });

  return (
    <List
      size="small"
      bordered
      style={{ marginTop: 8, maxHeight: 280, overflow: 'auto' }}
      header={<Typography.Text type="secondary">{t('regionTree.search.results')}</Typography.Text>}
      loading={loading}
      locale={{ emptyText: error ? errorMessage(error) : t('regionTree.search.empty') }}
      dataSource={data?.regions.nodes ?? []}
      renderItem={(region) => (
        <List.Item style={{ cursor: 'pointer' }} onClick={() => onPick(region.id)}>
          <span>
            {region.name}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {region.code}
            </Typography.Text>
          </span>
          <Tag bordered={false}>{labels.kind(region.kind)}</Tag>
        </List.Item>
      )}
    />
  );
}
