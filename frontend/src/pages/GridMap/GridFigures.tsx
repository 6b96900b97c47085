import { Alert, Col, Descriptions, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { CARE_LEVEL_COLOUR, useArchiveLabels } from '../../archives/labels';
import { useQuery } from '../../api/useQuery';
import { usePermissions } from '../../auth/permissions';
import type { GridSizeStatus } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { RegionFiguresQuery } from './documents';

const SIZE_COLOUR: Record<GridSizeStatus, string> = { TOO_SMALL: 'orange', WITHIN_RULE: 'green', TOO_LARGE: 'red' };

/**
 * A grid's figures: households, residents by type, party members (with `party:figures`),
 * staff, key-group counts, sizing verdict.
 */
export function GridFigures({ regionId }: { regionId: string }) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(RegionFiguresQuery, { regionId, withParty: can('party:figures') });

  if (error) return <Alert type="warning" showIcon message={errorMessage(error)} />;
  if (loading || !data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const figures = data.regionFigures;
  const keyGroups = figures.keyGroups.filter((c) => c.count > 0);

  return (
    <div data-testid="grid-figures">
      <Row gutter={8} style={{ marginBottom: 12 }}>
        <Col span={6}>
          <Statistic title={t('figures.households')} value={figures.households} />
        </Col>
        <Col span={6}>
          <Statistic title={t('figures.residents')} value={figures.residents} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('figures.partyMembers')}
            value={figures.partyMembers ?? t('common.none')}
            data-testid="grid-party-members"
          />
        </Col>
        <Col span={6}>
          <Statistic title={t('figures.staff')} value={figures.staff} />
        </Col>
      </Row>
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('figures.byType')}>
          {figures.residentsByType.map((c) => (
            <Tag key={c.residenceType}>
              {labels.residenceType(c.residenceType)} {c.count}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('figures.keyGroups')}>
          {keyGroups.length === 0 ? (
            <Typography.Text type="secondary">{t('figures.keyGroups.none')}</Typography.Text>
          ) : (
            keyGroups.map((c) => (
              <Tag key={c.keyGroup.id} color={CARE_LEVEL_COLOUR[c.keyGroup.careLevel]} bordered={false}>
                {c.keyGroup.name} {c.count}
              </Tag>
            ))
          )}
        </Descriptions.Item>
        {figures.sizing && (
          <Descriptions.Item label={t('figures.sizing')}>
            <Tag color={SIZE_COLOUR[figures.sizing.status]} data-testid="grid-sizing">
              {labels.sizeStatus(figures.sizing.status)}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('figures.sizingRule', {
                min: figures.sizing.rule.minHouseholds,
                max: figures.sizing.rule.maxHouseholds,
                maxResidents: figures.sizing.rule.maxResidents,
              })}
            </Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
    </div>
  );
}
