import { Button, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n';
import type { EventDetail } from './EventDetails';
import { formatDateTime } from './format';
import { CARD_COLOUR, useEventLabels } from './labels';
import { ReplySupervisionModal, type OrderToReply } from './ReplySupervisionModal';

/** The event's supervision orders; an unanswered one can be replied to when the caller may. */
export function EventSupervisionOrders({ event, onChanged }: { event: EventDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const [replying, setReplying] = useState<OrderToReply | null>(null);
  const mayReply = event.availableActions.includes('REPLY_SUPERVISION');
  if (event.supervisionOrders.length === 0) {
    return <Typography.Text type="secondary">{t('events.supervision.empty')}</Typography.Text>;
  }

  return (
    <>
      <List
        size="small"
        data-testid="event-supervision-orders"
        dataSource={event.supervisionOrders}
        renderItem={(order) => (
          <List.Item
            key={order.id}
            actions={
              mayReply && order.reply === null
                ? [
                    <Button key="reply" size="small" onClick={() => setReplying(order)}>
                      {t('events.supervision.reply')}
                    </Button>,
                  ]
                : []
            }
          >
            <div style={{ width: '100%' }}>
              <Tag color={CARD_COLOUR[order.card]}>{labels.card(order.card)}</Tag>
              <Tag bordered={false}>{labels.supervisionKind(order.kind)}</Tag>
              <Typography.Text>{labels.supervisionMessage(order)}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('events.supervision.raisedBy', {
                    name: order.raisedBy ?? t('events.supervision.system'),
                    time: formatDateTime(order.raisedAt),
                  })}
                  {' · '}
                  {t('events.supervision.replyDeadline', { time: formatDateTime(order.replyDeadline) })}
                </Typography.Text>
                {order.overdue && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('events.supervision.overdue')}
                  </Tag>
                )}
              </div>
              {order.reply !== null && (
                <div>
                  <Tag color="green" bordered={false}>
                    {t('events.supervision.replied')} {formatDateTime(order.repliedAt)}
                  </Tag>
                  {order.reply}
                </div>
              )}
            </div>
          </List.Item>
        )}
      />
      <ReplySupervisionModal order={replying} onDone={onChanged} onClose={() => setReplying(null)} />
    </>
  );
}
