import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { usePermissions } from '../../auth/permissions';
import { EventFiguresQuery, EventsQuery } from '../../events/documents';
import { EventDrawer } from '../../events/EventDetails';
import { EventTable } from '../../events/EventTable';
import { monthOf } from '../../events/format';
import { useLiveRefresh } from '../../events/useLiveEvents';
import type { EventFilter } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { navigate, type PageProps } from '../../routing';
import { CursorPager } from '../Residents/CursorPager';
import { useCursorPages } from '../Residents/useCursorPages';
import { ReportEventPage } from '../ReportEvent/ReportEventPage';
import { EventFilterForm } from './EventFilterForm';
import { EventFiguresCard } from './EventFiguresCard';

/** `#/events` (the list), `#/events/<id>` (the list with that event open), `#/events/new` (上报). */
export function EventsPage({ param }: PageProps) {
  if (param === 'new') return <ReportEventPage />;
  return <EventList initialEventId={param} />;
}

/** 事件列表: this month's figures, filters, the events most urgent first, and the detail drawer. */
function EventList({ initialEventId }: { initialEventId: string | null }) {
  const { t } = useI18n();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const [filter, setFilter] = useState<EventFilter>({});
  const [pageSize, setPageSize] = useState(20);
  const pages = useCursorPages();
  const [eventId, setEventId] = useState<string | null>(initialEventId);
  const { data, error, loading, refetch } = useQuery(EventsQuery, {
    filter,
    orderBy: 'URGENCY',
    first: pageSize,
    after: pages.after,
  });
  const period = useMemo(() => monthOf(), []);
  const figures = useQuery(EventFiguresQuery, period);
  const connection = data?.events;
  const { refetch: refetchFigures } = figures;
  const refresh = useCallback(() => {
    refetch();
    refetchFigures();
  }, [refetch, refetchFigures]);
  // Any change of an event in reach may move it in this list or in the counts.
  useLiveRefresh(refresh);

  return (
    <>
      <EventFiguresCard query={figures} />
      <Card
        size="small"
        title={t('events.title')}
        extra={
          can('event:report') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('events', 'new')} data-testid="report-event">
              {t('events.report')}
            </Button>
          )
        }
      >
        <EventFilterForm
          initial={filter}
          onSearch={(next) => {
            setFilter(next);
            pages.reset();
          }}
        />
        {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
        <EventTable
          events={(connection?.edges ?? []).map((edge) => edge.node)}
          loading={loading}
          emptyText={error ? errorMessage(error) : t('events.empty')}
          onOpen={setEventId}
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
    </>
  );
}
