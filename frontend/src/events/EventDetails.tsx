import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Drawer, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useQuery } from '../api/useQuery';
import type { EventQuery as EventResult } from '../gql/graphql';
import { useErrorMessage, useI18n } from '../i18n';
import { DisputePanel } from './DisputePanel';
import { EventQuery } from './documents';
import { EventActions } from './EventActions';
import { EventAttachments } from './EventAttachments';
import { EventExtensions, EventLinks } from './EventExtras';
import { EventFacts } from './EventFacts';
import { EventSupervisionOrders } from './EventSupervisionOrders';
import { EventTimeline } from './EventTimeline';
import { STATUS_COLOUR, useEventLabels } from './labels';
import { useLiveRefresh } from './useLiveEvents';
import { WarningChip } from './warning';

export type EventDetail = NonNullable<EventResult['event']>;

interface EventDrawerProps {
  /** The event shown, or null when closed. */
  eventId: string | null;
  /** After a write: lists and counts may have changed. */
  onChanged?: () => void;
  onClose: () => void;
}

/** 事件详情 in a drawer, over whichever list opened it. */
export function EventDrawer({ eventId, onChanged, onClose }: EventDrawerProps) {
  const { t } = useI18n();
  return (
    <Drawer open={eventId !== null} onClose={onClose} width={880} title={t('events.detail.title')} destroyOnHidden>
      <div data-testid="event-drawer">{eventId && <EventDetails key={eventId} eventId={eventId} onChanged={onChanged} />}</div>
    </Drawer>
  );
}

/** Fields, actions, history, photos, links, extensions, supervision and the dispute record. */
export function EventDetails({ eventId, onChanged }: { eventId: string; onChanged?: () => void }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const errorMessage = useErrorMessage();
  const { data, error, loading, refetch } = useQuery(EventQuery, { id: eventId });
  // Someone else acting on this event: show what it is now.
  useLiveRefresh(refetch, (change) => change.eventId === eventId);
  const changed = useCallback(() => {
    refetch();
    onChanged?.();
  }, [refetch, onChanged]);

  if (error) return <Alert type="error" showIcon message={errorMessage(error)} />;
  if (!data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const event = data.event;
  if (!event) return <Empty description={t('events.detail.notFound')} />;

  return (
    <div data-testid="event-detail" data-status={event.status} data-version={event.version}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="event-number">
          {event.number}
        </Typography.Title>
        <WarningChip colour={event.colour} />
        <Tag color={STATUS_COLOUR[event.status]} data-testid="event-status">
          {labels.status(event.status)}
        </Tag>
        {event.extensionPending && <Tag color="gold">{t('events.extensionPending')}</Tag>}
        <div style={{ flex: 1 }} />
        <Button size="small" icon={<ReloadOutlined />} loading={loading} onClick={refetch}>
          {t('events.detail.reload')}
        </Button>
      </div>
      <div style={{ marginBottom: 16 }}>
        <EventActions event={event} onChanged={changed} />
      </div>
      <EventFacts event={event} />
      {event.dispute && (
        <>
          <Divider orientation="left">{t('events.detail.section.dispute')}</Divider>
          <DisputePanel event={event} dispute={event.dispute} onChanged={changed} />
        </>
      )}
      <Divider orientation="left">{t('events.detail.section.timeline')}</Divider>
      <EventTimeline history={event.history} />
      <Divider orientation="left">{t('events.detail.section.attachments')}</Divider>
      <EventAttachments attachments={event.attachments} />
      <Space direction="vertical" style={{ width: '100%' }}>
        <Divider orientation="left">{t('events.detail.section.supervision')}</Divider>
        <EventSupervisionOrders event={event} onChanged={changed} />
        <Divider orientation="left">{t('events.detail.section.extensions')}</Divider>
        <EventExtensions extensions={event.extensions} />
        <Divider orientation="left">{t('events.detail.section.links')}</Divider>
        <EventLinks links={event.links} />
      </Space>
    </div>
  );
}
