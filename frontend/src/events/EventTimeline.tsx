import { Tag, Timeline, Typography } from 'antd';
import type { EventAction } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useDomainLabels } from '../regions/labels';
import { EventAttachments } from './EventAttachments';
import type { EventDetail } from './EventDetails';
import { formatDateTime } from './format';
import { useEventLabels } from './labels';

/** Timeline dot colours: forward steps blue/green, turning back orange, refusals red. */
function actionColour(action: EventAction): string {
  switch (action) {
    case 'CLOSE':
    case 'REVISIT':
    case 'ARCHIVE':
    case 'COMPLETE':
      return 'green';
    case 'REJECT':
    case 'AUTO_ESCALATE':
    case 'REFUSE_EXTENSION':
      return 'red';
    case 'RETURN':
    case 'REWORK':
    case 'REOPEN':
    case 'ESCALATE':
    case 'SUPERVISE':
      return 'orange';
    default:
      return 'blue';
  }
}

/** The event's history, oldest first: who did what when, the status step, comment, deadline. */
export function EventTimeline({ history }: { history: EventDetail['history'] }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const domain = useDomainLabels();
  if (history.length === 0) return <Typography.Text type="secondary">{t('events.timeline.empty')}</Typography.Text>;

  return (
    <Timeline
      data-testid="event-timeline"
      items={history.map((entry) => ({
        key: entry.id,
        color: actionColour(entry.action),
        children: (
          <div data-testid="event-timeline-entry" data-action={entry.action}>
            <Typography.Text strong>{labels.action(entry.action)}</Typography.Text>{' '}
            <Typography.Text>{entry.actorName}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {entry.fromStatus ? `${labels.status(entry.fromStatus)} → ` : ''}
                {labels.status(entry.toStatus)} · {domain.kind(entry.level)}
                {entry.department ? ` · ${entry.department.name}` : ''}
              </Typography.Text>
            </div>
            {entry.comment && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.comment}</div>}
            {(entry.deadline || entry.onTime !== null) && (
              <div>
                {entry.deadline && (
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                    {t('events.timeline.deadline', { time: formatDateTime(entry.deadline) })}
                  </Typography.Text>
                )}
                {entry.onTime !== null && (
                  <Tag color={entry.onTime ? 'green' : 'red'} bordered={false}>
                    {entry.onTime ? t('events.timeline.onTime') : t('events.timeline.late')}
                  </Tag>
                )}
              </div>
            )}
            {entry.attachments.length > 0 && (
              <div style={{ marginTop: 4 }}>
                <EventAttachments attachments={entry.attachments} />
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
