import { Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { EventsQuery as EventsResult } from '../gql/graphql';
import { useI18n } from '../i18n';
import { formatDateTime } from './format';
import { OUTCOME_COLOUR, STATUS_COLOUR, URGENCY_COLOUR, useEventLabels } from './labels';
import { RiskChip, WarningChip } from './warning';

export type EventRow = EventsResult['events']['edges'][number]['node'];

interface EventTableProps {
  events: EventRow[];
  loading: boolean;
  emptyText: string;
  onOpen: (eventId: string) => void;
  /** The dispute register's columns (risk, scale, type, outcome) instead of the department. */
  disputes?: boolean;
  'data-testid'?: string;
}

/** One page of events: colour chip, number, category, grid, status, phase deadline, department. */
export function EventTable({ events, loading, emptyText, onOpen, disputes = false, ...rest }: EventTableProps) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const none = t('common.none');

  return (
    <Table<EventRow>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={events}
      scroll={{ x: 1560 }}
      locale={{ emptyText }}
      data-testid={rest['data-testid'] ?? 'events-table'}
      onRow={(event) => ({ onClick: () => onOpen(event.id), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('events.column.colour'),
          dataIndex: 'colour',
          width: 120,
          fixed: 'left',
          render: (colour: EventRow['colour']) => <WarningChip colour={colour} />,
        },
        {
          title: t('events.column.number'),
          dataIndex: 'number',
          width: 170,
          fixed: 'left',
          render: (number: string) => <a data-testid="event-row-number">{number}</a>,
        },
        { title: t('events.column.category'), key: 'category', width: 140, ellipsis: true, render: (_, e) => e.category.name },
        {
          title: t('events.column.description'),
          dataIndex: 'description',
          width: 260,
          ellipsis: true,
          render: (v: string) => <Typography.Text ellipsis={{ tooltip: v }}>{v}</Typography.Text>,
        },
        { title: t('events.column.grid'), key: 'grid', width: 150, ellipsis: true, render: (_, e) => e.grid.name },
        ...(disputes
          ? []
          : [
              {
                title: t('events.column.urgency'),
                dataIndex: 'urgency',
                width: 90,
                render: (v: EventRow['urgency']) => <Tag color={URGENCY_COLOUR[v]}>{labels.urgency(v)}</Tag>,
              },
            ]),
        {
          title: t('events.column.status'),
          dataIndex: 'status',
          width: 130,
          render: (v: EventRow['status'], e) => (
            <>
              <Tag color={STATUS_COLOUR[v]} data-testid="event-row-status">
                {labels.status(v)}
              </Tag>
              {e.extensionPending && <Tag color="gold">{t('events.extensionPending')}</Tag>}
            </>
          ),
        },
        {
          title: t('events.column.deadline'),
          key: 'deadline',
          width: 200,
          render: (_, e) => {
            // A closed event's last deadline no longer matters.
            if (!e.phase || !e.phaseDeadline) return none;
            const late = dayjs(e.phaseDeadline).isBefore(dayjs());
            return (
              <Typography.Text type={late ? 'danger' : undefined}>
                {labels.phase(e.phase)}{' '}
                {formatDateTime(e.phaseDeadline)}
              </Typography.Text>
            );
          },
        },
        ...(disputes
          ? [
              {
                title: t('events.column.risk'),
                key: 'risk',
                width: 100,
                render: (_: unknown, e: EventRow) => <RiskChip risk={e.dispute?.risk} />,
              },
              {
                title: t('events.column.scale'),
                key: 'scale',
                width: 110,
                render: (_: unknown, e: EventRow) => (e.dispute ? labels.scale(e.dispute.scale) : none),
              },
              {
                title: t('events.dispute.type'),
                key: 'type',
                width: 120,
                ellipsis: true,
                render: (_: unknown, e: EventRow) => e.dispute?.type?.name ?? none,
              },
              {
                title: t('events.column.outcome'),
                key: 'outcome',
                width: 100,
                render: (_: unknown, e: EventRow) =>
                  e.dispute?.outcome ? <Tag color={OUTCOME_COLOUR[e.dispute.outcome]}>{labels.outcome(e.dispute.outcome)}</Tag> : none,
              },
            ]
          : [
              {
                title: t('events.column.department'),
                key: 'department',
                width: 140,
                ellipsis: true,
                render: (_: unknown, e: EventRow) => e.department?.name ?? none,
              },
            ]),
        { title: t('events.column.reportedAt'), dataIndex: 'reportedAt', width: 140, render: (v: string) => formatDateTime(v) },
      ]}
    />
  );
}
