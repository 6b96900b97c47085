import { Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n';
import { formatLngLat, useDomainLabels } from '../regions/labels';
import type { EventDetail } from './EventDetails';
import { formatDateTime } from './format';
import { URGENCY_COLOUR, useEventLabels } from './labels';
import { WarningChip } from './warning';

/** What the event is, where, who reported it, and where it stands; phones as the server masks them. */
export function EventFacts({ event }: { event: EventDetail }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const domain = useDomainLabels();
  const none = t('common.none');
  const late = event.phase && event.phaseDeadline ? dayjs(event.phaseDeadline).isBefore(dayjs()) : false;
  const reporter = [event.reporterName, event.reporterPhone].filter(Boolean).join(' ');

  return (
    <Descriptions size="small" bordered column={2} styles={{ label: { whiteSpace: 'nowrap' } }} data-testid="event-facts">
      <Descriptions.Item label={t('events.detail.category')}>
        <span data-testid="event-category">{event.category.name}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.family')}>{labels.family(event.family)}</Descriptions.Item>
      <Descriptions.Item label={t('events.detail.description')} span={2}>
        <div style={{ whiteSpace: 'pre-wrap' }} data-testid="event-description">
          {event.description}
        </div>
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.urgency')}>
        <Tag color={URGENCY_COLOUR[event.urgency]}>{labels.urgency(event.urgency)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.source')}>{labels.source(event.source)}</Descriptions.Item>
      <Descriptions.Item label={t('events.detail.grid')}>
        <span data-testid="event-grid">{event.grid.name}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.level')}>{domain.kind(event.level)}</Descriptions.Item>
      <Descriptions.Item label={t('events.detail.address')}>{event.address ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('events.detail.point')}>
        {event.lng !== null && event.lat !== null ? formatLngLat({ lng: event.lng, lat: event.lat }) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.reporter')}>
        {reporter ? <Typography.Text>{reporter}</Typography.Text> : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.reportedAt')}>
        {formatDateTime(event.reportedAt)}
        {event.externalRef ? ` · ${event.externalRef}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.department')}>
        <span data-testid="event-department">{event.department?.name ?? none}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.colour')}>
        <WarningChip colour={event.colour} />
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.phase')}>
        {event.phase ? `${labels.phase(event.phase)}（${formatDateTime(event.phaseStartedAt)}）` : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('events.detail.phaseDeadline')}>
        {event.phase ? (
          <Typography.Text type={late ? 'danger' : undefined}>{formatDateTime(event.phaseDeadline)}</Typography.Text>
        ) : (
          none
        )}
      </Descriptions.Item>
      {event.result !== null && (
        <Descriptions.Item label={t('events.detail.result')} span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{event.result}</div>
        </Descriptions.Item>
      )}
      {event.closedAt !== null && (
        <Descriptions.Item label={t('events.detail.closedAt')}>
          {formatDateTime(event.closedAt)}
          {event.closedLevel ? ` · ${domain.kind(event.closedLevel)}` : ''}
        </Descriptions.Item>
      )}
      {event.satisfaction !== null && (
        <Descriptions.Item label={t('events.detail.satisfaction')}>{labels.satisfaction(event.satisfaction)}</Descriptions.Item>
      )}
      {event.mergedInto && (
        <Descriptions.Item label={t('events.detail.mergedInto')}>{event.mergedInto.number}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
