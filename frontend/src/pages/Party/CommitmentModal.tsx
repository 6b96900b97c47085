import { Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../api/client';
import { useI18n } from '../../i18n';
import { CreatePartyCommitmentMutation } from './documents';
import { isoDate } from './formValues';
import type { MemberModalProps } from './MemberDrawer';
import { MutationFormModal } from './MutationFormModal';

interface CommitmentValues {
  pledge: string;
  periodStart: Dayjs;
  periodEnd: Dayjs;
}

/** 承诺践诺: a pledge for a period, this year by default. */
export function CommitmentModal({ open, member, onDone, onClose }: MemberModalProps) {
  const { t } = useI18n();
  const submit = async (values: CommitmentValues) => {
    const { createPartyCommitment } = await request(CreatePartyCommitmentMutation, {
      input: {
        memberId: member.id,
        pledge: values.pledge.trim(),
        periodStart: isoDate(values.periodStart) ?? '',
        periodEnd: isoDate(values.periodEnd) ?? '',
      },
    });
    return createPartyCommitment.userErrors;
  };

  return (
    <MutationFormModal<CommitmentValues>
      open={open}
      title={t('party.commitments.addTitle', { name: member.name })}
      initialValues={{ periodStart: dayjs().startOf('year'), periodEnd: dayjs().endOf('year') }}
      submit={submit}
      successMessage={t('party.commitments.added')}
      onDone={onDone}
      onClose={onClose}
      formTestId="commitment-form"
      submitTestId="commitment-submit"
    >
      <Form.Item name="pledge" label={t('party.commitments.pledge')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="periodStart" label={t('party.commitments.periodStart')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="periodEnd" label={t('party.commitments.periodEnd')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </MutationFormModal>
  );
}
