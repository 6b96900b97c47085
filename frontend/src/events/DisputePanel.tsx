import { FileDoneOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Descriptions, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { request } from '../api/client';
import { usePermissions } from '../auth/permissions';
import type { DisputeOutcome, MediationMethod } from '../gql/graphql';
import { useI18n } from '../i18n';
import { isoDate, text } from '../pages/Party/formValues';
import { MutationFormModal } from '../pages/Party/MutationFormModal';
import { DisputeFields, type DisputeValues } from './DisputeFields';
import { AddMediationSessionMutation, UpdateDisputeMutation } from './documents';
import type { EventDetail } from './EventDetails';
import { METHODS, OUTCOME_COLOUR, OUTCOMES, useEventLabels } from './labels';
import { useStaleEventHandler, userErrorsOf } from './staleEvent';
import { RiskChip } from './warning';

type Dispute = NonNullable<EventDetail['dispute']>;
type Session = Dispute['sessions'][number];

interface DisputePanelProps {
  event: EventDetail;
  dispute: Dispute;
  onChanged: () => void;
}

/** 矛盾纠纷: parties, type, scale, amount, risk, mediation sessions, agreement and outcome. */
export function DisputePanel({ event, dispute, onChanged }: DisputePanelProps) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const can = usePermissions();
  const none = t('common.none');
  const [modal, setModal] = useState<'session' | 'outcome' | null>(null);
  // The record as it was when the form opened: its version goes with the save.
  const [editing, setEditing] = useState<Dispute>(dispute);

  return (
    <div data-testid="dispute-panel">
      {can('event:handle') && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setModal('session')} data-testid="dispute-add-session">
            {t('events.dispute.addSession')}
          </Button>
          <Button
            icon={<FileDoneOutlined />}
            onClick={() => {
              setEditing(dispute);
              setModal('outcome');
            }}
            data-testid="dispute-edit"
          >
            {t('events.dispute.edit')}
          </Button>
        </Space>
      )}
      <Descriptions size="small" bordered column={2} styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('events.dispute.type')}>{dispute.type?.name ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('events.dispute.scale')}>{labels.scale(dispute.scale)}</Descriptions.Item>
        <Descriptions.Item label={t('events.dispute.amount')}>
          {dispute.amountInvolved ? t('events.dispute.amountValue', { amount: dispute.amountInvolved }) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('events.dispute.risk')}>
          <RiskChip risk={dispute.risk} />
        </Descriptions.Item>
        <Descriptions.Item label={t('events.dispute.outcome')}>
          {dispute.outcome ? <Tag color={OUTCOME_COLOUR[dispute.outcome]}>{labels.outcome(dispute.outcome)}</Tag> : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('events.dispute.outcomeOn')}>{dispute.outcomeOn ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('events.dispute.agreement')} span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{dispute.agreement ?? none}</div>
        </Descriptions.Item>
        <Descriptions.Item label={t('events.dispute.parties')} span={2}>
          {dispute.parties.length === 0
            ? none
            : dispute.parties.map((p, index) => (
                <Tag key={index} bordered={false}>
                  {p.name}（{labels.partyKind(p.kind)}）{p.phone ? ` ${p.phone}` : ''}
                </Tag>
              ))}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('events.dispute.sessions')}
      </Typography.Title>
      <Table<Session>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={dispute.sessions}
        locale={{ emptyText: t('events.dispute.sessions.empty') }}
        data-testid="dispute-sessions"
        columns={[
          { title: t('events.dispute.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('events.dispute.mediator'), dataIndex: 'mediator', width: 120 },
          { title: t('events.dispute.method'), dataIndex: 'method', width: 110, render: (v: MediationMethod) => labels.method(v) },
          { title: t('events.dispute.notes'), dataIndex: 'notes', render: (v: string | null) => v ?? none },
        ]}
      />
      <AddSessionModal open={modal === 'session'} event={event} onDone={onChanged} onClose={() => setModal(null)} />
      <UpdateDisputeModal
        open={modal === 'outcome'}
        event={event}
        dispute={editing}
        onDone={onChanged}
        onClose={() => setModal(null)}
      />
    </div>
  );
}

interface SessionValues {
  mediator: string;
  heldOn: Dayjs;
  method: MediationMethod;
  notes?: string;
}

interface ModalProps {
  open: boolean;
  event: EventDetail;
  onDone: () => void;
  onClose: () => void;
}

/** 添加调解记录: who mediated, when, how, and what came of it. */
function AddSessionModal({ open, event, onDone, onClose }: ModalProps) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const submit = async (values: SessionValues) => {
    const { addMediationSession } = await request(AddMediationSessionMutation, {
      input: {
        eventId: event.id,
        mediator: values.mediator.trim(),
        heldOn: isoDate(values.heldOn) ?? '',
        method: values.method,
        notes: text(values.notes),
      },
    });
    return addMediationSession.userErrors;
  };
  return (
    <MutationFormModal<SessionValues>
      open={open}
      title={t('events.dispute.addSession')}
      initialValues={{ heldOn: dayjs(), method: 'PEOPLE' }}
      submit={submit}
      successMessage={t('events.dispute.sessionAdded')}
      onDone={onDone}
      onClose={onClose}
      formTestId="mediation-form"
      submitTestId="mediation-submit"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="mediator" label={t('events.dispute.mediator')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={50} data-testid="mediation-mediator" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="heldOn" label={t('events.dispute.heldOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="method" label={t('events.dispute.method')} rules={[{ required: true }]}>
        <Select options={METHODS.map((v) => ({ value: v, label: labels.method(v) }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('events.dispute.notes')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </MutationFormModal>
  );
}

interface OutcomeValues extends DisputeValues {
  agreement?: string;
  outcome?: DisputeOutcome;
  outcomeOn?: Dayjs;
}

/** 登记调解结果: type, scale, amount, agreement and outcome, with the version the caller saw. */
function UpdateDisputeModal({ open, event, dispute, onDone, onClose }: ModalProps & { dispute: Dispute }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const onStale = useStaleEventHandler(onDone);
  const initialValues: OutcomeValues = {
    typeId: dispute.type?.id,
    scale: dispute.scale,
    amountInvolved: dispute.amountInvolved ?? undefined,
    agreement: dispute.agreement ?? undefined,
    outcome: dispute.outcome ?? undefined,
    outcomeOn: dispute.outcomeOn ? dayjs(dispute.outcomeOn) : undefined,
  };
  const submit = async (values: OutcomeValues) => {
    const { updateDispute } = await request(UpdateDisputeMutation, {
      input: {
        eventId: event.id,
        version: dispute.version,
        // Parties are left out, so kept as reported: their phones come back masked.
        fields: {
          typeId: values.typeId,
          scale: values.scale,
          amountInvolved: text(values.amountInvolved),
          agreement: text(values.agreement),
          outcome: values.outcome,
          outcomeOn: isoDate(values.outcomeOn),
        },
      },
    });
    return userErrorsOf(updateDispute);
  };
  return (
    <MutationFormModal<OutcomeValues>
      open={open}
      title={t('events.dispute.edit')}
      width={760}
      initialValues={initialValues}
      submit={submit}
      successMessage={t('events.dispute.saved')}
      onDone={onDone}
      onClose={onClose}
      onError={onStale}
      formTestId="dispute-form"
      submitTestId="dispute-submit"
    >
      <DisputeFields withParties={false} />
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="outcome" label={t('events.dispute.outcome')}>
            <Select allowClear options={OUTCOMES.map((v) => ({ value: v, label: labels.outcome(v) }))} data-testid="dispute-outcome" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="outcomeOn" label={t('events.dispute.outcomeOn')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="agreement" label={t('events.dispute.agreement')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </MutationFormModal>
  );
}
