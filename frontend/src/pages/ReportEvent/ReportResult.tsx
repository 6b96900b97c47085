import { App, Button, List, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { request } from '../../api/client';
import { MergeEventMutation } from '../../events/documents';
import { formatDateTime } from '../../events/format';
import { useEventLabels } from '../../events/labels';
import { userErrorsOf } from '../../events/staleEvent';
import { WarningChip } from '../../events/warning';
import { useErrorMessage, useI18n, useUserErrorMessage } from '../../i18n';
import { navigate } from '../../routing';
import type { ReportPayload } from './ReportEventPage';

interface ReportResultProps {
  payload: ReportPayload;
  onAnother: () => void;
}

/** The reported event's number, and open events it may duplicate, each with "merge into". */
export function ReportResult({ payload, onAnother }: ReportResultProps) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const userErrorMessage = useUserErrorMessage();
  const [mergedInto, setMergedInto] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const event = payload.event!;
  const duplicates = payload.possibleDuplicates.filter((d) => d.id !== event.id);

  const merge = async (intoId: string, number: string) => {
    setBusy(intoId);
    try {
      const { mergeEvent } = await request(MergeEventMutation, {
        input: { id: event.id, version: event.version, intoId },
      });
      const errors = userErrorsOf(mergeEvent);
      if (errors[0]) {
        void message.error(userErrorMessage(errors[0]));
        return;
      }
      void message.success(t('events.new.merged', { number }));
      setMergedInto(number);
    } catch (cause) {
      void message.error(errorMessage(cause));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Result
      status="success"
      title={<span data-testid="reported-number">{t('events.new.reported', { number: event.number })}</span>}
      subTitle={mergedInto ? t('events.new.merged', { number: mergedInto }) : undefined}
      extra={[
        <Button key="open" type="primary" onClick={() => navigate('events', event.id)} data-testid="reported-open">
          {t('events.new.open')}
        </Button>,
        <Button key="another" onClick={onAnother}>
          {t('events.new.another')}
        </Button>,
      ]}
    >
      {duplicates.length > 0 && !mergedInto && (
        <div data-testid="possible-duplicates">
          <Typography.Paragraph strong>{t('events.new.duplicates')}</Typography.Paragraph>
          <List
            size="small"
            bordered
            dataSource={duplicates}
            renderItem={(d) => (
              <List.Item
                key={d.id}
                actions={[
                  <Button key="merge" size="small" loading={busy === d.id} onClick={() => void merge(d.id, d.number)}>
                    {t('events.new.mergeInto')}
                  </Button>,
                ]}
              >
                <Space wrap>
                  <WarningChip colour={d.colour} />
                  <Typography.Text strong>{d.number}</Typography.Text>
                  <Typography.Text>{d.category.name}</Typography.Text>
                  <Typography.Text type="secondary">{labels.status(d.status)}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(d.reportedAt)}</Typography.Text>
                  <Typography.Text ellipsis style={{ maxWidth: 360 }}>
                    {d.description}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </div>
      )}
    </Result>
  );
}
