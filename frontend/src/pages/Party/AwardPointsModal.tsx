import { Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../api/client';
import { useI18n } from '../../i18n';
import { AwardPartyPointsMutation } from './documents';
import { isoDate, text } from './formValues';
import type { MemberModalProps } from './MemberDrawer';
import { MutationFormModal } from './MutationFormModal';

interface AwardPointsValues {
  points: number;
  serviceHours?: number | null;
  activity: string;
  reason?: string;
  awardedOn?: Dayjs;
}

/** 积分: an entry in the member's points ledger (negative to deduct). */
export function AwardPointsModal({ open, member, onDone, onClose }: MemberModalProps) {
  const { t } = useI18n();
  const submit = async (values: AwardPointsValues) => {
    const { awardPartyPoints } = await request(AwardPartyPointsMutation, {
      input: {
        memberId: member.id,
        points: values.points,
        serviceHours: values.serviceHours ?? undefined,
        activity: values.activity.trim(),
        reason: text(values.reason),
        awardedOn: isoDate(values.awardedOn),
      },
    });
    return awardPartyPoints.userErrors;
  };

  return (
    <MutationFormModal<AwardPointsValues>
      open={open}
      title={t('party.points.awardTitle', { name: member.name })}
      initialValues={{ awardedOn: dayjs() }}
      submit={submit}
      successMessage={t('party.points.awarded')}
      onDone={onDone}
      onClose={onClose}
      formTestId="award-points-form"
      submitTestId="award-points-submit"
    >
      <Form.Item name="activity" label={t('party.points.activity')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="points" label={t('party.points.points')} rules={[{ required: true }]} extra={t('party.points.deductHint')}>
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="serviceHours" label={t('party.points.hours')}>
            <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="awardedOn" label={t('party.points.awardedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="reason" label={t('party.points.reason')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </MutationFormModal>
  );
}
