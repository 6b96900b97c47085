import { Alert, Card, Col, Row, Skeleton, Space, Statistic, Tag } from 'antd';
import type { QueryState } from '../../api/useQuery';
import { formatRate } from '../../events/format';
import { useWarningColour } from '../../events/warning';
import type { EventFiguresQuery as EventFiguresResult, WarningColour } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';

const COLOURS = new Set<string>(['GREEN', 'YELLOW', 'ORANGE', 'RED']);

/** This month's events: how many were reported, their colours now, and the loop's rates. */
export function EventFiguresCard({ query }: { query: QueryState<EventFiguresResult> }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const warning = useWarningColour();
  const { data, error } = query;
  const figures = data?.eventFigures;

  return (
    <Card size="small" title={t('events.figures.title')} data-testid="event-figures" style={{ marginBottom: 16 }}>
      {error ? (
        <Alert type="warning" showIcon message={errorMessage(error)} />
      ) : !figures ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Row gutter={[16, 8]} align="middle">
          <Col xs={12} md={3}>
            <Statistic title={t('events.figures.reported')} value={figures.reported} />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title={t('events.figures.onTimeSignFor')} value={formatRate(figures.onTimeSignForRate)} />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title={t('events.figures.onTimeClosure')} value={formatRate(figures.onTimeClosureRate)} />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title={t('events.figures.satisfaction')} value={formatRate(figures.satisfactionRate)} />
          </Col>
          <Col xs={12} md={3}>
            <Statistic
              title={`${t('events.figures.rework')} / ${t('events.figures.return')}`}
              value={`${formatRate(figures.reworkRate)} / ${formatRate(figures.returnRate)}`}
            />
          </Col>
          <Col xs={12} md={3}>
            <Statistic
              title={t('events.figures.averageHours')}
              value={
                figures.averageHandlingHours === null
                  ? t('common.none')
                  : t('events.figures.hours', { hours: figures.averageHandlingHours.toFixed(1) })
              }
            />
          </Col>
          <Col xs={24} md={6}>
            <Space size={4} wrap>
              {figures.byColour
                .filter((c) => COLOURS.has(c.key))
                .map((c) => {
                  const look = warning(c.key as WarningColour);
                  return (
                    <Tag key={c.key} color={look.colour} data-testid="figures-colour">
                      {look.label} {c.count}
                    </Tag>
                  );
                })}
            </Space>
          </Col>
        </Row>
      )}
    </Card>
  );
}
