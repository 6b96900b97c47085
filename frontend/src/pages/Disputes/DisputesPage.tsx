import { Alert, Card, Col, DatePicker, Descriptions, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { DisputeFiguresQuery, EventsQuery } from '../../events/documents';
import { EventDrawer } from '../../events/EventDetails';
import { EventTable } from '../../events/EventTable';
import { formatRate } from '../../events/format';
import { useLiveRefresh } from '../../events/useLiveEvents';
import { RiskChip } from '../../events/warning';
import type { EventFilter, RiskColour } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { RegionPicker } from '../../regions/RegionPicker';
import { CursorPager } from '../Residents/CursorPager';
import { useCursorPages } from '../Residents/useCursorPages';
import { EventFilterForm } from '../Events/EventFilterForm';

const RISKS = new Set<string>(['YELLOW', 'ORANGE', 'RED']);
const DISPUTES: EventFilter = { family: 'DISPUTE' };

/**
 * 矛盾纠纷台账: the dispute family's events with risk colour and outcome, and the period's
 * figures (resolution rate, by risk and type).
 */
export function DisputesPage() {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs().endOf('month')]);
  const [regionId, setRegionId] = useState<string | null>(null);
  const [filter, setFilter] = useState<EventFilter>(DISPUTES);
  const [pageSize, setPageSize] = useState(20);
  const pages = useCursorPages();
  const [eventId, setEventId] = useState<string | null>(null);
  const from = period[0].format('YYYY-MM-DD');
  const to = period[1].format('YYYY-MM-DD');
  const figures = useQuery(DisputeFiguresQuery, { regionId, from, to });
  const { data, error, loading, refetch } = useQuery(EventsQuery, {
    filter: { ...filter, regionId: filter.regionId ?? regionId ?? undefined, reportedFrom: from, reportedTo: to },
    orderBy: 'URGENCY',
    first: pageSize,
    after: pages.after,
  });
  const { refetch: refetchFigures } = figures;
  const refresh = useCallback(() => {
    refetch();
    refetchFigures();
  }, [refetch, refetchFigures]);
  useLiveRefresh(refresh);
  const connection = data?.events;
  const f = figures.data?.disputeFigures;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('events.disputes.figures')}
        data-testid="dispute-figures"
        extra={
          <Space wrap>
            <Typography.Text type="secondary">{t('events.disputes.period')}</Typography.Text>
            <DatePicker.RangePicker
              allowClear={false}
              value={period}
              onChange={(range) => {
                if (range?.[0] && range[1]) {
                  setPeriod([range[0], range[1]]);
                  pages.reset();
                }
              }}
            />
            <RegionPicker
              value={regionId}
              onChange={(id) => {
                setRegionId(id);
                pages.reset();
              }}
            />
          </Space>
        }
      >
        {figures.error ? (
          <Alert type="warning" showIcon message={errorMessage(figures.error)} />
        ) : !f ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <>
            <Row gutter={[16, 8]} style={{ marginBottom: 12 }}>
              <Col xs={8} md={4}>
                <Statistic title={t('events.disputes.total')} value={f.total} />
              </Col>
              <Col xs={8} md={4}>
                <Statistic title={t('events.disputes.resolved')} value={f.resolved} valueStyle={{ color: '#389e0d' }} />
              </Col>
              <Col xs={8} md={4}>
                <Statistic title={t('events.disputes.failed')} value={f.failed} />
              </Col>
              <Col xs={8} md={4}>
                <Statistic title={t('events.disputes.sentToCourt')} value={f.sentToCourt} />
              </Col>
              <Col xs={8} md={4}>
                <Statistic title={t('events.disputes.open')} value={f.open} />
              </Col>
              <Col xs={8} md={4}>
                <Statistic
                  title={t('events.disputes.resolutionRate')}
                  value={formatRate(f.resolutionRate)}
                  data-testid="dispute-resolution-rate"
                />
              </Col>
            </Row>
            <Descriptions size="small" bordered column={1} styles={{ label: { width: 120 } }}>
              <Descriptions.Item label={t('events.disputes.byRisk')}>
                <Space size={4} wrap>
                  {f.byRisk.map((c) => (
                    <span key={c.key}>
                      {RISKS.has(c.key) ? <RiskChip risk={c.key as RiskColour} /> : <Tag>{c.label}</Tag>} {c.count}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('events.disputes.byType')}>
                {f.byType.map((c) => (
                  <Tag key={c.key}>
                    {c.label} {c.count}
                  </Tag>
                ))}
              </Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Card>
      <Card size="small" title={t('events.disputes.title')}>
        <EventFilterForm
          initial={DISPUTES}
          base={DISPUTES}
          withRisk
          onSearch={(next) => {
            setFilter(next);
            pages.reset();
          }}
        />
        {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <EventTable
          disputes
          events={(connection?.edges ?? []).map((edge) => edge.node)}
          loading={loading}
          emptyText={error ? errorMessage(error) : t('events.empty')}
          onOpen={setEventId}
          data-testid="disputes-table"
        />
        <CursorPager
          page={pages.page}
          pageSize={pageSize}
          totalCount={connection?.totalCount}
          totalText={(count) => t('events.total', { count })}
          hasNextPage={connection?.pageInfo.hasNextPage ?? false}
          loading={loading}
          onPrevious={pages.previous}
          onNext={() => connection?.pageInfo.endCursor && pages.next(connection.pageInfo.endCursor)}
          onPageSize={(size) => {
            setPageSize(size);
            pages.reset();
          }}
        />
      </Card>
      <EventDrawer eventId={eventId} onChanged={refresh} onClose={() => setEventId(null)} />
    </Space>
  );
}
