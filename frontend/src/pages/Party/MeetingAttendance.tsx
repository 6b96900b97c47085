import { Table, Tag } from 'antd';
import type { Attendance } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ATTENDANCE_COLOUR, usePartyLabels } from './labels';
import type { PartyMeetingRow } from './MeetingList';

type AttendanceRow = PartyMeetingRow['attendance'][number];

/** Who attended a meeting, who was absent and who was excused; the notes beneath. */
export function MeetingAttendance({ meeting }: { meeting: PartyMeetingRow }) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  return (
    <div data-testid="meeting-attendance">
      <Table<AttendanceRow>
        size="small"
        rowKey={(row) => row.member.id}
        pagination={false}
        dataSource={meeting.attendance}
        locale={{ emptyText: t('party.meetings.noAttendance') }}
        style={{ maxWidth: 420 }}
        columns={[
          { title: t('party.member.name'), key: 'name', render: (_, row) => row.member.name },
          {
            title: t('party.meetings.attendance'),
            dataIndex: 'attendance',
            render: (attendance: Attendance) => <Tag color={ATTENDANCE_COLOUR[attendance]}>{labels.attendance(attendance)}</Tag>,
          },
        ]}
      />
      {meeting.notes && <p style={{ marginTop: 8, marginBottom: 0 }}>{t('party.meetings.notes', { notes: meeting.notes })}</p>}
    </div>
  );
}
