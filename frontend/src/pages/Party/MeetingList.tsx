import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { usePermissions } from '../../auth/permissions';
import type { Attendance, PartyMeetingsQuery as PartyMeetingsResult } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { PartyMeetingsQuery } from './documents';
import { ATTENDANCE_COLOUR, ATTENDANCES, usePartyLabels } from './labels';
import { MeetingAttendance } from './MeetingAttendance';
import type { PartyOrganisationSummary } from './PartyPage';
import { RecordMeetingModal } from './RecordMeetingModal';

export type PartyMeetingRow = PartyMeetingsResult['partyOrganisation']['meetings'][number];

interface MeetingListProps {
  organisation: PartyOrganisationSummary;
  onArchiveChanged: () => void;
}

/** 会议: the subtree's meetings, newest first; a row opens its attendance; 记录会议. */
export function MeetingList({ organisation, onArchiveChanged }: MeetingListProps) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const [recording, setRecording] = useState(false);
  const { data, error, loading, refetch } = useQuery(PartyMeetingsQuery, { id: organisation.id });
  const count = (meeting: PartyMeetingRow, kind: Attendance) => meeting.attendance.filter((a) => a.attendance === kind).length;

  return (
    <div data-testid="party-meetings">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">{t('party.meetings.hint')}</Typography.Text>
        {can('party:write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="record-meeting">
            {t('party.meetings.record')}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<PartyMeetingRow>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.partyOrganisation.meetings ?? []}
        locale={{ emptyText: error ? errorMessage(error) : t('party.meetings.empty') }}
        pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
        expandable={{ expandRowByClick: true, expandedRowRender: (meeting) => <MeetingAttendance meeting={meeting} /> }}
        data-testid="party-meetings-table"
        columns={[
          { title: t('party.meetings.heldOn'), dataIndex: 'heldOn', width: 110 },
          {
            title: t('party.meetings.kind'),
            dataIndex: 'kind',
            width: 120,
            render: (kind: PartyMeetingRow['kind']) => <Tag color="red">{labels.meetingKind(kind)}</Tag>,
          },
          {
            title: t('party.meetings.topic'),
            dataIndex: 'topic',
            render: (topic: string) => <span data-testid="meeting-topic-cell">{topic}</span>,
          },
          { title: t('party.meetings.organisation'), key: 'organisation', ellipsis: true, render: (_, m) => m.organisation.name },
          {
            title: t('party.meetings.attendance'),
            key: 'attendance',
            width: 210,
            render: (_, meeting) => (
              <Space size={2}>
                {ATTENDANCES.map((kind) => (
                  <Tag key={kind} color={ATTENDANCE_COLOUR[kind]} bordered={false}>
                    {labels.attendance(kind)} {count(meeting, kind)}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <RecordMeetingModal
        open={recording}
        organisation={organisation}
        onClose={() => setRecording(false)}
        onRecorded={() => {
          refetch();
          onArchiveChanged();
        }}
      />
    </div>
  );
}
