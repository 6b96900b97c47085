import { Table, Tag, Typography } from 'antd';
import { useI18n } from '../i18n';
import type { EventDetail } from './EventDetails';
import { formatDateTime } from './format';
import { EXTENSION_COLOUR, useEventLabels } from './labels';

/** The residents, houses and organisations the event is about (labels as the server masks them). */
export function EventLinks({ links }: { links: EventDetail['links'] }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  if (links.length === 0) return <Typography.Text type="secondary">{t('events.links.empty')}</Typography.Text>;
  return (
    <div data-testid="event-links">
      {links.map((link) => (
        <Tag key={`${link.kind}/${link.targetId}`} color="blue" bordered={false}>
          {labels.linkKind(link.kind)}：{link.label}
        </Tag>
      ))}
    </div>
  );
}

type Extension = EventDetail['extensions'][number];

/** Requests for more time: hours, reason, decision and the deadlines before and after. */
export function EventExtensions({ extensions }: { extensions: EventDetail['extensions'] }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const none = t('common.none');
  if (extensions.length === 0) return <Typography.Text type="secondary">{t('events.extensions.empty')}</Typography.Text>;
  return (
    <Table<Extension>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={extensions}
      data-testid="event-extensions"
      columns={[
        {
          title: t('events.form.extraHours'),
          dataIndex: 'extraHours',
          width: 130,
          render: (hours: number) => t('events.extensions.extraHours', { hours }),
        },
        { title: t('events.form.reason'), dataIndex: 'reason', ellipsis: true },
        {
          title: t('events.column.status'),
          dataIndex: 'status',
          width: 90,
          render: (v: Extension['status']) => <Tag color={EXTENSION_COLOUR[v]}>{labels.extensionStatus(v)}</Tag>,
        },
        { title: t('events.column.reportedAt'), dataIndex: 'requestedAt', width: 140, render: (v: string) => formatDateTime(v) },
        {
          title: t('events.detail.phaseDeadline'),
          key: 'deadlines',
          width: 280,
          render: (_, e) =>
            e.oldDeadline || e.newDeadline
              ? t('events.extensions.deadlines', { old: formatDateTime(e.oldDeadline), new: formatDateTime(e.newDeadline) })
              : none,
        },
      ]}
    />
  );
}
