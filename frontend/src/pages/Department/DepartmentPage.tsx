import { Alert, App, Badge, Button, Card, Segmented } from 'antd';
import { useCallback, useState } from 'react';
import { useSubscription } from '../../api/subscriptions';
import { useQuery } from '../../api/useQuery';
import { DepartmentDispatchesSubscription, EventsQuery } from '../../events/documents';
import { EventDrawer } from '../../events/EventDetails';
import { EventTable } from '../../events/EventTable';
import { useLiveRefresh } from '../../events/useLiveEvents';
import type { EventFilter } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import type { PageProps } from '../../routing';
import { CursorPager } from '../Residents/CursorPager';
import { useCursorPages } from '../Residents/useCursorPages';

type Tab = 'toSign' | 'handling' | 'all';

const FILTERS: Record<Tab, EventFilter> = {
  toSign: { status: ['DISPATCHED'] },
  handling: { status: ['HANDLING'] },
  all: {},
};

/**
 * 部门工作台: the events dispatched to the user's department (the server limits a department
 * user to its own), to sign for, in hand, or all; new dispatches announce themselves live.
 */
export function DepartmentPage({ param }: PageProps) {
  const { t } = useI18n();
  const { notification } = App.useApp();
  const errorMessage = useErrorMessage();
  const [tab, setTab] = useState<Tab>('toSign');
  const [pageSize, setPageSize] = useState(20);
  const pages = useCursorPages();
  const [eventId, setEventId] = useState<string | null>(param);
  const [fresh, setFresh] = useState(0);
  const { data, error, loading, refetch } = useQuery(EventsQuery, {
    filter: FILTERS[tab],
    orderBy: 'URGENCY',
    first: pageSize,
    after: pages.after,
  });
  const toSign = useQuery(EventsQuery, { filter: FILTERS.toSign, first: 1 });
  const { refetch: refetchToSign } = toSign;
  const refresh = useCallback(() => {
    refetch();
    refetchToSign();
  }, [refetch, refetchToSign]);
  useLiveRefresh(refresh);

  useSubscription(DepartmentDispatchesSubscription, ({ departmentDispatches: dispatch }) => {
    setFresh((n) => n + 1);
    refresh();
    const key = `dispatch-${dispatch.eventId}`;
    notification.info({
      key,
      message: t('events.department.newDispatch', { number: dispatch.number }),
      placement: 'bottomRight',
      actions: (
        <Button
          type="primary"
          size="small"
          onClick={() => {
            notification.destroy(key);
            setEventId(dispatch.eventId);
          }}
        >
          {t('events.department.open')}
        </Button>
      ),
      props: { 'data-testid': 'dispatch-notification' },
    });
  });

  const connection = data?.events;
  const toSignCount = toSign.data?.events.totalCount ?? 0;

  return (
    <Card
      size="small"
      title={t('events.department.title')}
      extra={
        <Segmented<Tab>
          value={tab}
          onChange={(next) => {
            setTab(next);
            pages.reset();
            if (next === 'toSign') setFresh(0);
          }}
          data-testid="department-tabs"
          options={[
            {
              value: 'toSign',
              label: (
                <Badge count={toSignCount} size="small" offset={[8, -2]} color={fresh > 0 ? '#f5222d' : '#1677ff'}>
                  {t('events.department.toSign')}
                </Badge>
              ),
            },
            { value: 'handling', label: t('events.department.handling') },
            { value: 'all', label: t('events.department.all') },
          ]}
        />
      }
    >
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <EventTable
        events={(connection?.edges ?? []).map((edge) => edge.node)}
        loading={loading}
        emptyText={error ? errorMessage(error) : t('events.empty')}
        onOpen={setEventId}
        data-testid="department-events"
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
      <EventDrawer eventId={eventId} onChanged={refresh} onClose={() => setEventId(null)} />
    </Card>
  );
}
