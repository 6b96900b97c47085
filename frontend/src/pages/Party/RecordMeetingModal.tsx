import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../api/client';
import type { Attendance, PartyMeetingKind } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { AttendanceField } from './AttendanceField';
import { RecordPartyMeetingMutation } from './documents';
import { isoDate, text } from './formValues';
import { MEETING_KINDS, usePartyLabels } from './labels';
import { MutationFormModal } from './MutationFormModal';
import type { PartyOrganisationSummary } from './PartyPage';

interface MeetingValues {
  kind: PartyMeetingKind;
  heldOn: Dayjs;
  topic: string;
  notes?: string;
  /** Each current member's attendance, by member id. */
  attendance?: Record<string, Attendance>;
}

interface RecordMeetingModalProps {
  open: boolean;
  organisation: PartyOrganisationSummary;
  onRecorded: () => void;
  onClose: () => void;
}

/** 记录会议: kind (三会一课, 主题党日), date, topic, notes and each member's attendance. */
export function RecordMeetingModal({ open, organisation, onRecorded, onClose }: RecordMeetingModalProps) {
  const { t } = useI18n();
  const labels = usePartyLabels();

  const submit = async (values: MeetingValues) => {
    const { recordPartyMeeting } = await request(RecordPartyMeetingMutation, {
      input: {
        organisationId: organisation.id,
        kind: values.kind,
        heldOn: isoDate(values.heldOn) ?? '',
        topic: values.topic.trim(),
        notes: text(values.notes),
        attendance: Object.entries(values.attendance ?? {}).map(([memberId, attendance]) => ({ memberId, attendance })),
      },
    });
    return recordPartyMeeting.userErrors;
  };

  return (
    <MutationFormModal<MeetingValues>
      open={open}
      title={t('party.meetings.recordTitle', { organisation: organisation.name })}
      width={720}
      initialValues={{ heldOn: dayjs() }}
      submit={submit}
      successMessage={t('party.meetings.recorded')}
      onDone={onRecorded}
      onClose={onClose}
      formTestId="meeting-form"
      submitTestId="meeting-submit"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="kind" label={t('party.meetings.kind')} rules={[{ required: true }]}>
            <Select
              data-testid="meeting-kind"
              placeholder={t('party.meetings.kindPlaceholder')}
              options={MEETING_KINDS.map((kind) => ({ value: kind, label: labels.meetingKind(kind) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="heldOn" label={t('party.meetings.heldOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} data-testid="meeting-date" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="topic" label={t('party.meetings.topic')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} data-testid="meeting-topic" />
      </Form.Item>
      <Form.Item name="notes" label={t('party.meetings.notesLabel')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <AttendanceField organisationId={organisation.id} />
    </MutationFormModal>
  );
}
