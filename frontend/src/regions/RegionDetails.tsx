import { Alert, Breadcrumb, Descriptions, Skeleton, Tag } from 'antd';
import { useQuery } from '../api/useQuery';
import type { RegionDetailsQuery as RegionDetailsResult } from '../gql/graphql';
import { useErrorMessage, useI18n } from '../i18n';
import { RegionDetailsQuery } from './documents';
import { formatLngLat, isGridLevel, useDomainLabels } from './labels';

export type RegionDetail = RegionDetailsResult['region'];

/** Fetches one region and shows its details: level, codes, where it lies, centre. */
export function RegionDetails({ regionId }: { regionId: string }) {
  const { data, error, loading } = useQuery(RegionDetailsQuery, { id: regionId });
  const errorMessage = useErrorMessage();

  if (error) return <Alert type="error" showIcon message={errorMessage(error)} />;
  if (loading || !data) return <Skeleton active paragraph={{ rows: 5 }} />;
  return <RegionDescription region={data.region} />;
}

export function RegionDescription({ region }: { region: RegionDetail }) {
  const { t } = useI18n();
  const labels = useDomainLabels();
  const street = region.ancestors.find((a) => a.kind === 'STREET');
  const community = region.ancestors.find((a) => a.kind === 'COMMUNITY');

  return (
    <div data-testid="region-details">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[...region.ancestors.map((a) => ({ key: a.id, title: a.name })), { key: region.id, title: region.name }]}
      />
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('region.name')}>
          <span data-testid="region-name">{region.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('region.code')}>
          <code>{region.code}</code>
        </Descriptions.Item>
        <Descriptions.Item label={t('region.kind')}>
          <Tag color="blue">{labels.kind(region.kind)}</Tag>
        </Descriptions.Item>
        {isGridLevel(region.kind) && (
          <Descriptions.Item label={t('region.gridKind')}>
            <Tag color={region.gridKind === 'EXCLUSIVE' ? 'purple' : 'green'}>{labels.gridKind(region.gridKind)}</Tag>
          </Descriptions.Item>
        )}
        {street && <Descriptions.Item label={t('region.street')}>{street.name}</Descriptions.Item>}
        {community && <Descriptions.Item label={t('region.community')}>{community.name}</Descriptions.Item>}
        {!street && !community && region.parent && (
          <Descriptions.Item label={t('region.parent')}>{region.parent.name}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('region.center')}>
          {region.center ? formatLngLat(region.center) : t('region.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('region.childCount')}>{region.childCount}</Descriptions.Item>
      </Descriptions>
    </div>
  );
}
