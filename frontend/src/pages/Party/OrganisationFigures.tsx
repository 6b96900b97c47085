import { Col, Descriptions, Row, Statistic, Tag, Typography } from 'antd';
import type { PartyOrganisationOverviewQuery as OverviewResult } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { MEMBER_TYPE_COLOUR, usePartyLabels } from './labels';

type Figures = OverviewResult['partyOrganisation']['figures'];

/** Counts of the organisation's subtree: members by status, type and age; meetings; points. */
export function OrganisationFigures({ figures }: { figures: Figures }) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const statistics = [
    { key: 'members', title: t('party.figures.members'), value: figures.members },
    { key: 'full', title: t('party.figures.fullMembers'), value: figures.fullMembers },
    { key: 'probationary', title: t('party.figures.probationaryMembers'), value: figures.probationaryMembers },
    { key: 'floating', title: t('party.figures.floating'), value: figures.floating },
    { key: 'inService', title: t('party.figures.inService'), value: figures.inService },
    { key: 'centre', title: t('party.figures.centreHouseholds'), value: figures.centreHouseholds },
  ];

  return (
    <div data-testid="party-figures">
      <Row gutter={[8, 12]} style={{ marginBottom: 12 }}>
        {statistics.map((s) => (
          <Col key={s.key} xs={8} md={4}>
            <Statistic title={s.title} value={s.value} />
          </Col>
        ))}
        <Col xs={8} md={4}>
          <Statistic
            title={t('party.figures.meetings')}
            value={figures.meetingsHeld}
            suffix={`/ ${figures.meetingsRequired}`}
          />
        </Col>
        <Col xs={8} md={4}>
          <Statistic
            title={t('party.figures.meetingsOverdue')}
            value={figures.meetingsOverdue}
            valueStyle={figures.meetingsOverdue > 0 ? { color: '#cf1322' } : undefined}
          />
        </Col>
        <Col xs={8} md={4}>
          <Statistic title={t('party.figures.averagePoints')} value={figures.averagePoints} precision={1} />
        </Col>
        <Col xs={8} md={4}>
          <Statistic title={t('party.figures.organisations')} value={figures.organisations} />
        </Col>
      </Row>
      <Descriptions size="small" bordered column={1} styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('party.figures.byType')}>
          {figures.byType.map((c) => (
            <Tag key={c.memberType} color={MEMBER_TYPE_COLOUR[c.memberType]}>
              {labels.memberType(c.memberType)} {c.count}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('party.figures.byAge')}>
          {figures.byAge.map((c) => (
            <Tag key={c.bracket}>
              {c.bracket} {c.count}
            </Tag>
          ))}
          {figures.ageUnknown > 0 && (
            <Typography.Text type="secondary">{t('party.figures.ageUnknown', { count: figures.ageUnknown })}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
