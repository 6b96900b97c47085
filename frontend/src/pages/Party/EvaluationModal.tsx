import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../api/client';
import type { EvaluationGrade } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { RecordPartyEvaluationMutation } from './documents';
import { isoDate, text } from './formValues';
import { GRADES, usePartyLabels } from './labels';
import type { MemberModalProps } from './MemberDrawer';
import { MutationFormModal } from './MutationFormModal';

interface EvaluationValues {
  year: number;
  grade: EvaluationGrade;
  decision?: string;
  decidedOn?: Dayjs;
}

/** 民主评议: the member's grade for a year (recording a year again corrects it). */
export function EvaluationModal({ open, member, onDone, onClose }: MemberModalProps) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const submit = async (values: EvaluationValues) => {
    const { recordPartyEvaluation } = await request(RecordPartyEvaluationMutation, {
      input: {
        memberId: member.id,
        year: values.year,
        grade: values.grade,
        decision: text(values.decision),
        decidedOn: isoDate(values.decidedOn),
      },
    });
    return recordPartyEvaluation.userErrors;
  };

  return (
    <MutationFormModal<EvaluationValues>
      open={open}
      title={t('party.evaluations.recordTitle', { name: member.name })}
      initialValues={{ year: dayjs().year(), decidedOn: dayjs() }}
      submit={submit}
      successMessage={t('party.evaluations.recorded')}
      onDone={onDone}
      onClose={onClose}
      formTestId="evaluation-form"
      submitTestId="evaluation-submit"
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="year" label={t('party.evaluations.year')} rules={[{ required: true }]}>
            <InputNumber min={1921} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="grade" label={t('party.evaluations.grade')} rules={[{ required: true }]}>
            <Select options={GRADES.map((g) => ({ value: g, label: labels.grade(g) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="decidedOn" label={t('party.evaluations.decidedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="decision" label={t('party.evaluations.decision')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </MutationFormModal>
  );
}
