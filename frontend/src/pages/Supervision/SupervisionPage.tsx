import { Alert, Button, Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { SupervisionOrdersQuery } from '../../events/documents';
import { EventDrawer } from '../../events/EventDetails';
import { formatDateTime } from '../../events/format';
import { CARD_COLOUR, useEventLabels } from '../../events/labels';
import { ReplySupervisionModal, type OrderToReply } from '../../events/ReplySupervisionModal';
import { useLiveRefresh } from '../../events/useLiveEvents';
import { WarningChip } from '../../events/warning';
import type { SupervisionOrdersQuery as SupervisionOrdersResult } from '../../gql/graphql';
import { usePermissions } from '../../auth/permissions';
import { useErrorMessage, useI18n } from '../../i18n';
import { CursorPager } from '../Residents/CursorPager';
import { useCursorPages } from '../Residents/useCursorPages';

type OrderRow = SupervisionOrdersResult['supervisionOrders']['edges'][number]['node'];

/** 督查督办: supervision orders, those awaiting a reply first; reply, or open the event. */
export function SupervisionPage() {
  const { t } = useI18n();
  const labels = useEventLabels();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(true);
  const [pageSize, setPageSize] = useState(20);
  const pages = useCursorPages();
  const [eventId, setEventId] = useState<string | null>(null);
  const [replying, setReplying] = useState<OrderToReply | null>(null);
  const { data, error, loading, refetch } = useQuery(SupervisionOrdersQuery, {
    open: open ? true : undefined,
    first: pageSize,
    after: pages.after,
  });
  useLiveRefresh(refetch);
  const connection = data?.supervisionOrders;
  const none = t('common.none');
  // Those who handle the event answer its orders; the server decides per event.
  const mayReply = can('event:handle') || can('event:department') || can('event:dispatch');

  return (
    <Card
      size="small"
      title={t('events.supervisionPage.title')}
      extra={
        <Segmented<'open' | 'all'>
          value={open ? 'open' : 'all'}
          onChange={(v) => {
            setOpen(v === 'open');
            pages.reset();
          }}
          options={[
            { value: 'open', label: t('events.supervisionPage.open') },
            { value: 'all', label: t('events.supervisionPage.all') },
          ]}
        />
      }
    >
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<OrderRow>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={(connection?.edges ?? []).map((edge) => edge.node)}
        locale={{ emptyText: error ? errorMessage(error) : t('events.supervisionPage.empty') }}
        scroll={{ x: 1100 }}
        data-testid="supervision-table"
        columns={[
          {
            title: t('events.supervisionPage.column.card'),
            dataIndex: 'card',
            width: 110,
            render: (v: OrderRow['card'], o) => (
              <>
                <Tag color={CARD_COLOUR[v]}>{labels.card(v)}</Tag>
                <Tag bordered={false}>{labels.supervisionKind(o.kind)}</Tag>
              </>
            ),
          },
          {
            title: t('events.supervisionPage.column.event'),
            key: 'event',
            width: 260,
            render: (_, o) => (
              <span>
                <WarningChip colour={o.event.colour} />{' '}
                <a onClick={() => setEventId(o.event.id)}>{o.event.number}</a>{' '}
                <Typography.Text type="secondary">{o.event.category.name}</Typography.Text>
              </span>
            ),
          },
          {
            title: t('events.supervisionPage.column.message'),
            key: 'message',
            ellipsis: true,
            render: (_, o) => labels.supervisionMessage(o),
          },
          {
            title: t('events.supervisionPage.column.raised'),
            key: 'raised',
            width: 180,
            render: (_, o) => `${o.raisedBy ?? t('events.supervision.system')} ${formatDateTime(o.raisedAt)}`,
          },
          {
            title: t('events.supervisionPage.column.deadline'),
            key: 'deadline',
            width: 170,
            render: (_, o) => (
              <>
                <Typography.Text type={o.overdue ? 'danger' : undefined}>{formatDateTime(o.replyDeadline)}</Typography.Text>
                {o.overdue && (
                  <Tag color="red" style={{ marginInlineStart: 4 }}>
                    {t('events.supervision.overdue')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('events.supervisionPage.column.reply'),
            key: 'reply',
            width: 220,
            render: (_, o) =>
              o.reply !== null ? (
                <Typography.Text ellipsis={{ tooltip: o.reply }}>
                  {o.reply}（{formatDateTime(o.repliedAt)}）
                </Typography.Text>
              ) : mayReply ? (
                <Button size="small" onClick={() => setReplying(o)} data-testid="supervision-reply-button">
                  {t('events.supervision.reply')}
                </Button>
              ) : (
                none
              ),
          },
        ]}
      />
      <CursorPager
        page={pages.page}
        pageSize={pageSize}
        totalCount={undefined}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={loading}
        onPrevious={pages.previous}
        onNext={() => connection?.pageInfo.endCursor && pages.next(connection.pageInfo.endCursor)}
        onPageSize={(size) => {
          setPageSize(size);
          pages.reset();
        }}
      />
      <ReplySupervisionModal order={replying} onDone={refetch} onClose={() => setReplying(null)} />
      <EventDrawer eventId={eventId} onChanged={refetch} onClose={() => setEventId(null)} />
    </Card>
  );
}
