import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { request } from '../api/client';
import { requestWithFiles } from '../api/multipart';
import { useQuery } from '../api/useQuery';
import type { EventAction, Satisfaction, SupervisionCard } from '../gql/graphql';
import { useI18n } from '../i18n';
import { text } from '../pages/Party/formValues';
import { MutationFormModal } from '../pages/Party/MutationFormModal';
import type { FieldUserError } from '../pages/Party/useFormUserErrors';
import {
  AcceptEventMutation,
  ArchiveEventMutation,
  CloseEventMutation,
  CompleteEventMutation,
  DecideEventExtensionMutation,
  DispatchEventMutation,
  EscalateEventMutation,
  EventDepartmentsQuery,
  EventsQuery,
  HandleEventLocallyMutation,
  MergeEventMutation,
  RaiseSupervisionOrderMutation,
  RejectEventMutation,
  ReplySupervisionOrderMutation,
  RequestEventExtensionMutation,
  ReturnEventMutation,
  RevisitEventMutation,
  ReworkEventMutation,
  SignForEventMutation,
} from './documents';
import type { EventDetail } from './EventDetails';
import { CARDS, SATISFACTIONS, useEventLabels } from './labels';
import { filesOf, PhotoUploadField } from './PhotoUpload';
import { useStaleEventHandler, userErrorsOf } from './staleEvent';

interface ActionValues {
  comment?: string;
  reason?: string;
  departmentId?: string;
  intoId?: string;
  extraHours?: number;
  result?: string;
  photos?: UploadFile[];
  satisfaction?: Satisfaction;
  reopen?: boolean;
  card?: SupervisionCard;
  message?: string;
  replyDeadline?: Dayjs;
  orderId?: string;
  reply?: string;
}

/** Sends one action's mutation, always with the version the caller saw. */
async function send(action: EventAction, event: EventDetail, values: ActionValues): Promise<readonly FieldUserError[]> {
  const base = { id: event.id, version: event.version };
  const comment = text(values.comment);
  const reason = values.reason?.trim() ?? '';
  switch (action) {
    case 'ACCEPT':
      return userErrorsOf((await request(AcceptEventMutation, { input: { ...base, comment } })).acceptEvent);
    case 'REJECT':
      return userErrorsOf((await request(RejectEventMutation, { input: { ...base, reason } })).rejectEvent);
    case 'MERGE':
      return userErrorsOf(
        (await request(MergeEventMutation, { input: { ...base, intoId: values.intoId ?? '', comment } })).mergeEvent,
      );
    case 'HANDLE_LOCALLY':
      return userErrorsOf((await request(HandleEventLocallyMutation, { input: { ...base, comment } })).handleEventLocally);
    case 'DISPATCH':
      return userErrorsOf(
        (await request(DispatchEventMutation, { input: { ...base, departmentId: values.departmentId, comment } })).dispatchEvent,
      );
    case 'ESCALATE':
      return userErrorsOf((await request(EscalateEventMutation, { input: { ...base, comment } })).escalateEvent);
    case 'SIGN_FOR':
      return userErrorsOf((await request(SignForEventMutation, { input: { ...base, comment } })).signForEvent);
    case 'RETURN':
      return userErrorsOf((await request(ReturnEventMutation, { input: { ...base, reason } })).returnEvent);
    case 'REQUEST_EXTENSION':
      return userErrorsOf(
        (await request(RequestEventExtensionMutation, { input: { ...base, extraHours: values.extraHours ?? 0, reason } }))
          .requestEventExtension,
      );
    case 'APPROVE_EXTENSION':
    case 'REFUSE_EXTENSION':
      return userErrorsOf(
        (await request(DecideEventExtensionMutation, { input: { ...base, approve: action === 'APPROVE_EXTENSION', comment } }))
          .decideEventExtension,
      );
    case 'COMPLETE': {
      const photos = filesOf(values.photos);
      const input = { ...base, result: values.result?.trim() ?? '', photos: photos.length > 0 ? photos : undefined };
      const answer =
        photos.length > 0
          ? await requestWithFiles(CompleteEventMutation, { input })
          : await request(CompleteEventMutation, { input });
      return userErrorsOf(answer.completeEvent);
    }
    case 'CLOSE':
      return userErrorsOf((await request(CloseEventMutation, { input: { ...base, comment } })).closeEvent);
    case 'REWORK':
      return userErrorsOf((await request(ReworkEventMutation, { input: { ...base, reason } })).reworkEvent);
    case 'REVISIT':
    case 'REOPEN': {
      const reopen = action === 'REOPEN' || (values.satisfaction === 'DISSATISFIED' && values.reopen === true);
      const satisfaction = action === 'REOPEN' ? 'DISSATISFIED' : (values.satisfaction ?? 'SATISFIED');
      return userErrorsOf(
        (await request(RevisitEventMutation, { input: { ...base, satisfaction, comment, reopen } })).revisitEvent,
      );
    }
    case 'ARCHIVE':
      return userErrorsOf((await request(ArchiveEventMutation, { input: { ...base, comment } })).archiveEvent);
    case 'SUPERVISE':
      return (
        await request(RaiseSupervisionOrderMutation, {
          input: {
            eventId: event.id,
            card: values.card ?? 'NORMAL',
            message: values.message?.trim() ?? '',
            replyDeadline: values.replyDeadline ? values.replyDeadline.toISOString() : undefined,
          },
        })
      ).raiseSupervisionOrder.userErrors;
    case 'REPLY_SUPERVISION': {
      const order = event.supervisionOrders.find((o) => o.id === values.orderId);
      if (!order) return [];
      return userErrorsOf(
        (
          await request(ReplySupervisionOrderMutation, {
            input: { id: order.id, version: order.version, reply: values.reply?.trim() ?? '' },
          })
        ).replySupervisionOrder,
      );
    }
    case 'REPORT':
    case 'AUTO_ESCALATE':
      return [];
  }
}

interface EventActionModalProps {
  action: EventAction;
  event: EventDetail;
  /** After a write, and after a stale event was noticed: reload. */
  onDone: () => void;
  onClose: () => void;
}

/** The small form of one action: comment, reason, department, hours, result, satisfaction… */
export function EventActionModal({ action, event, onDone, onClose }: EventActionModalProps) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const onStale = useStaleEventHandler(onDone);
  const openOrders = event.supervisionOrders.filter((o) => o.reply === null);
  const initialValues: ActionValues = {
    departmentId: event.department?.id ?? event.category.defaultDepartment?.id,
    satisfaction: 'SATISFIED',
    card: 'NORMAL',
    orderId: openOrders[0]?.id,
  };

  return (
    <MutationFormModal<ActionValues>
      open
      title={`${labels.action(action)} · ${event.number}`}
      width={action === 'COMPLETE' || action === 'SUPERVISE' ? 640 : 520}
      initialValues={initialValues}
      submit={(values) => send(action, event, values)}
      successMessage={t('events.done', { action: labels.action(action) })}
      onDone={onDone}
      onClose={onClose}
      onError={onStale}
      formTestId="event-action-form"
      submitTestId="event-action-submit"
    >
      <ActionFields action={action} event={event} />
    </MutationFormModal>
  );
}

function CommentField() {
  const { t } = useI18n();
  return (
    <Form.Item name="comment" label={t('events.form.comment')}>
      <Input.TextArea rows={3} maxLength={2000} data-testid="event-action-comment" />
    </Form.Item>
  );
}

function ReasonField() {
  const { t } = useI18n();
  return (
    <Form.Item name="reason" label={t('events.form.reason')} rules={[{ required: true, whitespace: true }]}>
      <Input.TextArea rows={3} maxLength={2000} data-testid="event-action-reason" />
    </Form.Item>
  );
}

function ActionFields({ action, event }: { action: EventAction; event: EventDetail }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const satisfaction = Form.useWatch<Satisfaction | undefined>('satisfaction');

  switch (action) {
    case 'REJECT':
    case 'RETURN':
    case 'REWORK':
      return <ReasonField />;
    case 'MERGE':
      return (
        <>
          <Form.Item name="intoId" label={t('events.form.intoEvent')} rules={[{ required: true }]}>
            <MergeTargetSelect excludeId={event.id} />
          </Form.Item>
          <CommentField />
        </>
      );
    case 'DISPATCH':
      return (
        <>
          <Form.Item
            name="departmentId"
            label={t('events.form.department')}
            extra={
              event.category.defaultDepartment
                ? t('events.form.department.default', { name: event.category.defaultDepartment.name })
                : undefined
            }
          >
            <DepartmentSelect />
          </Form.Item>
          <CommentField />
        </>
      );
    case 'REQUEST_EXTENSION':
      return (
        <>
          <Form.Item name="extraHours" label={t('events.form.extraHours')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={720} step={1} style={{ width: 160 }} data-testid="event-action-extra-hours" />
          </Form.Item>
          <ReasonField />
        </>
      );
    case 'COMPLETE':
      return (
        <>
          <Form.Item name="result" label={t('events.form.result')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="event-action-result" />
          </Form.Item>
          <PhotoUploadField name="photos" label={t('events.form.photos')} testId="event-action-photos" />
        </>
      );
    case 'REVISIT':
      return (
        <>
          <Form.Item name="satisfaction" label={t('events.form.satisfaction')} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="event-action-satisfaction"
              options={SATISFACTIONS.map((v) => ({ value: v, label: labels.satisfaction(v) }))}
            />
          </Form.Item>
          {satisfaction === 'DISSATISFIED' && (
            <Form.Item name="reopen" valuePropName="checked">
              <Checkbox>{t('events.form.reopen')}</Checkbox>
            </Form.Item>
          )}
          <CommentField />
        </>
      );
    case 'SUPERVISE':
      return (
        <>
          <Form.Item name="card" label={t('events.form.card')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={CARDS.map((v) => ({ value: v, label: labels.card(v) }))} />
          </Form.Item>
          <Form.Item name="message" label={t('events.form.message')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="event-action-message" />
          </Form.Item>
          <Form.Item name="replyDeadline" label={t('events.form.replyDeadline')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </>
      );
    case 'REPLY_SUPERVISION': {
      const open = event.supervisionOrders.filter((o) => o.reply === null);
      return (
        <>
          <Form.Item name="orderId" label={t('events.form.order')} rules={[{ required: true }]}>
            <Select options={open.map((o) => ({ value: o.id, label: `${labels.card(o.card)} · ${labels.supervisionMessage(o)}` }))} />
          </Form.Item>
          <Form.Item name="reply" label={t('events.form.reply')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="event-action-reply" />
          </Form.Item>
        </>
      );
    }
    default:
      return <CommentField />;
  }
}

/** The departments, by name (the county's list). */
function DepartmentSelect(props: { value?: string; onChange?: (value: string) => void }) {
  const { data, loading } = useQuery(EventDepartmentsQuery);
  return (
    <Select
      {...props}
      showSearch
      optionFilterProp="label"
      loading={loading}
      data-testid="event-action-department"
      options={(data?.departments.nodes ?? []).map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}

/** Open events to merge into, found by number or description. */
function MergeTargetSelect({ excludeId, ...props }: { excludeId: string; value?: string; onChange?: (value: string) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState<string>();
  const { data, loading } = useQuery(EventsQuery, { filter: { open: true, search }, orderBy: 'NEWEST', first: 20 });
  return (
    <Select
      {...props}
      showSearch
      filterOption={false}
      onSearch={(value) => setSearch(value.trim() || undefined)}
      loading={loading}
      placeholder={t('events.form.intoEvent.placeholder')}
      options={(data?.events.edges ?? [])
        .map((edge) => edge.node)
        .filter((e) => e.id !== excludeId)
        .map((e) => ({ value: e.id, label: `${e.number} · ${e.category.name} · ${e.description.slice(0, 30)}` }))}
    />
  );
}
