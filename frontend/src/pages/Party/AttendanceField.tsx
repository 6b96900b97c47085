import { Alert, Form, Radio, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useQuery } from '../../api/useQuery';
import type { Attendance } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { PartyMembersQuery } from './documents';
import { ATTENDANCE_COLOUR, ATTENDANCES, usePartyLabels } from './labels';
import type { PartyMemberRow } from './MemberTable';

/** The most members one meeting form lists. */
const ROSTER_SIZE = 100;

/**
 * The attendance of a meeting being recorded: the organisation's current members, each
 * present unless marked absent or excused. Lives in the meeting form as its `attendance`.
 */
export function AttendanceField({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const form = Form.useFormInstance();
  const { data, error, loading } = useQuery(PartyMembersQuery, { id: organisationId, first: ROSTER_SIZE });
  const roster = data?.partyOrganisation.members;

  useEffect(() => {
    if (roster) form.setFieldValue('attendance', Object.fromEntries(roster.nodes.map((m) => [m.id, 'PRESENT'])));
  }, [roster, form]);

  return (
    <>
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      {roster?.pageInfo.hasNextPage && (
        <Alert type="warning" showIcon message={t('party.meetings.rosterTruncated', { count: ROSTER_SIZE })} style={{ marginBottom: 12 }} />
      )}
      <Form.Item name="attendance" label={t('party.meetings.attendance')}>
        <AttendanceTable members={roster?.nodes ?? []} loading={loading} />
      </Form.Item>
    </>
  );
}

interface AttendanceTableProps {
  members: PartyMemberRow[];
  loading: boolean;
  value?: Record<string, Attendance>;
  onChange?: (value: Record<string, Attendance>) => void;
}

/** One row per member with 出席 / 缺席 / 请假, and the tally. */
function AttendanceTable({ members, loading, value = {}, onChange }: AttendanceTableProps) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const tally = ATTENDANCES.map((kind) => ({ kind, count: members.filter((m) => (value[m.id] ?? 'PRESENT') === kind).length }));

  return (
    <div data-testid="meeting-attendance-input">
      <Table<PartyMemberRow>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={members}
        scroll={{ y: 260 }}
        locale={{ emptyText: t('party.meetings.noMembers') }}
        columns={[
          { title: t('party.member.name'), dataIndex: 'name', width: 110 },
          { title: t('party.member.organisation'), key: 'organisation', ellipsis: true, render: (_, m) => m.organisation.name },
          {
            title: t('party.meetings.attendance'),
            key: 'attendance',
            width: 220,
            render: (_, member) => (
              <Radio.Group
                size="small"
                optionType="button"
                buttonStyle="solid"
                value={value[member.id] ?? 'PRESENT'}
                onChange={(e) => onChange?.({ ...value, [member.id]: e.target.value as Attendance })}
                options={ATTENDANCES.map((kind) => ({ value: kind, label: labels.attendance(kind) }))}
                data-testid={`attendance-${member.name}`}
              />
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {tally.map(({ kind, count }) => (
          <Tag key={kind} color={ATTENDANCE_COLOUR[kind]} bordered={false}>
            {labels.attendance(kind)} {count}
          </Tag>
        ))}
      </Typography.Text>
    </div>
  );
}
