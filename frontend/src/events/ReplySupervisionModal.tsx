import { Form, Input, Typography } from 'antd';
import { request } from '../api/client';
import type { SupervisionCard, SupervisionKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { MutationFormModal } from '../pages/Party/MutationFormModal';
import { ReplySupervisionOrderMutation } from './documents';
import { useEventLabels } from './labels';
import { useStaleEventHandler, userErrorsOf } from './staleEvent';

export interface OrderToReply {
  id: string;
  version: number;
  card: SupervisionCard;
  kind: SupervisionKind;
  message: string;
}

interface ReplySupervisionModalProps {
  order: OrderToReply | null;
  onDone: () => void;
  onClose: () => void;
}

/** 回复督办: the reply to one supervision order, with the version the caller saw. */
export function ReplySupervisionModal({ order, onDone, onClose }: ReplySupervisionModalProps) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const onStale = useStaleEventHandler(onDone);

  const submit = async (values: { reply: string }) => {
    if (!order) return [];
    const { replySupervisionOrder } = await request(ReplySupervisionOrderMutation, {
      input: { id: order.id, version: order.version, reply: values.reply.trim() },
    });
    return userErrorsOf(replySupervisionOrder);
  };

  return (
    <MutationFormModal<{ reply: string }>
      open={order !== null}
      title={t('events.action.REPLY_SUPERVISION')}
      submit={submit}
      successMessage={t('events.supervisionPage.replied')}
      onDone={onDone}
      onClose={onClose}
      onError={onStale}
      formTestId="supervision-reply-form"
      submitTestId="supervision-reply-submit"
    >
      {order && (
        <Typography.Paragraph>
          <Typography.Text strong>{labels.card(order.card)}：</Typography.Text>
          {labels.supervisionMessage(order)}
        </Typography.Paragraph>
      )}
      <Form.Item name="reply" label={t('events.form.reply')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={2000} data-testid="supervision-reply" />
      </Form.Item>
    </MutationFormModal>
  );
}
