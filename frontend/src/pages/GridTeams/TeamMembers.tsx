import { StarFilled } from '@ant-design/icons';
import { Table, Tag, Typography } from 'antd';
import { useArchiveLabels } from '../../archives/labels';
import { useI18n } from '../../i18n';
import type { GridTeam } from './GridTeamsPage';

type Member = GridTeam['members'][number];

/** A team's members today: role, gender, masked phone, party membership, stars, since when. */
export function TeamMembers({ members }: { members: Member[] }) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const none = t('common.none');

  return (
    <Table<Member>
      size="small"
      rowKey={(m) => m.assignment.id}
      pagination={false}
      dataSource={members}
      locale={{ emptyText: t('teams.member.none') }}
      data-testid="team-members"
      columns={[
        { title: t('teams.member.name'), key: 'name', render: (_, m) => m.staff.name },
        {
          title: t('teams.member.role'),
          key: 'role',
          render: (_, m) => <Tag color="geekblue">{labels.teamRole(m.assignment.teamRole)}</Tag>,
        },
        { title: t('teams.member.gender'), key: 'gender', render: (_, m) => labels.gender(m.staff.gender) },
        {
          title: t('teams.member.phone'),
          key: 'phone',
          render: (_, m) => (m.staff.phone ? <Typography.Text code>{m.staff.phone}</Typography.Text> : none),
        },
        {
          title: t('teams.member.partyMember'),
          key: 'party',
          render: (_, m) => (m.staff.partyMember ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no')),
        },
        {
          title: t('teams.member.starLevel'),
          key: 'stars',
          render: (_, m) =>
            m.staff.starLevel ? Array.from({ length: m.staff.starLevel }, (_, i) => <StarFilled key={i} style={{ color: '#faad14' }} />) : none,
        },
        { title: t('teams.member.since'), key: 'since', render: (_, m) => m.assignment.startedOn },
      ]}
    />
  );
}
