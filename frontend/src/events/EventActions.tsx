import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { EventAction } from '../gql/graphql';
import { useI18n } from '../i18n';
import type { EventDetail } from './EventDetails';
import { EventActionModal } from './EventActionModal';
import { useEventLabels } from './labels';

/** Actions a person takes; the scheduler's and the report itself are not buttons. */
const NOT_A_BUTTON = new Set<EventAction>(['REPORT', 'AUTO_ESCALATE']);
/** The next step forward of each state, drawn as the primary button. */
const FORWARD = new Set<EventAction>(['ACCEPT', 'DISPATCH', 'SIGN_FOR', 'COMPLETE', 'CLOSE', 'REVISIT', 'ARCHIVE']);
/** Turning an event away or back. */
const DANGER = new Set<EventAction>(['REJECT', 'RETURN', 'REWORK']);

interface EventActionsProps {
  event: EventDetail;
  /** After a write, or when the event turned out stale: load it again. */
  onChanged: () => void;
}

/** One button per action the server says this caller may take now (`availableActions`). */
export function EventActions({ event, onChanged }: EventActionsProps) {
  const { t } = useI18n();
  const labels = useEventLabels();
  // The event as it was when the action was chosen: its version goes with the form, so a
  // change by someone else meanwhile comes back as CONFLICT rather than being overwritten.
  const [chosen, setChosen] = useState<{ action: EventAction; event: EventDetail } | null>(null);
  const actions = event.availableActions.filter((a) => !NOT_A_BUTTON.has(a));

  return (
    <>
      {actions.length === 0 ? (
        <Typography.Text type="secondary" data-testid="event-no-actions">
          {t('events.detail.noActions')}
        </Typography.Text>
      ) : (
        <Space wrap data-testid="event-actions">
          {actions.map((a) => (
            <Button
              key={a}
              type={FORWARD.has(a) ? 'primary' : 'default'}
              danger={DANGER.has(a)}
              onClick={() => setChosen({ action: a, event })}
              data-testid={`event-action-${a}`}
            >
              {labels.action(a)}
            </Button>
          ))}
        </Space>
      )}
      {chosen && (
        <EventActionModal
          key={chosen.action}
          action={chosen.action}
          event={chosen.event}
          onDone={onChanged}
          onClose={() => setChosen(null)}
        />
      )}
    </>
  );
}
