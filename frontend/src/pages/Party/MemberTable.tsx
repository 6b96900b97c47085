import { Table, Tag, Typography } from 'antd';
import { useArchiveLabels } from '../../archives/labels';
import type { PartyMembersQuery as PartyMembersResult } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { MEMBER_STATUS_COLOUR, MEMBER_TYPE_COLOUR, usePartyLabels } from './labels';

export type PartyMemberRow = PartyMembersResult['partyOrganisation']['members']['nodes'][number];

interface MemberTableProps {
  members: PartyMemberRow[];
  loading: boolean;
  emptyText: string;
  onOpen: (memberId: string) => void;
}

/** One page of members; the phone exactly as the server masks it. */
export function MemberTable({ members, loading, emptyText, onOpen }: MemberTableProps) {
  const { t } = useI18n();
  const archiveLabels = useArchiveLabels();
  const labels = usePartyLabels();
  const none = t('common.none');

  return (
    <Table<PartyMemberRow>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={members}
      scroll={{ x: 960 }}
      locale={{ emptyText }}
      data-testid="party-members-table"
      onRow={(member) => ({ onClick: () => onOpen(member.id), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('party.member.name'),
          dataIndex: 'name',
          fixed: 'left',
          width: 100,
          render: (name: string) => <a data-testid="party-member-name">{name}</a>,
        },
        { title: t('party.member.gender'), dataIndex: 'gender', width: 70, render: archiveLabels.gender },
        { title: t('party.member.age'), dataIndex: 'age', width: 70, render: (age: number | null) => age ?? none },
        {
          title: t('party.member.status'),
          dataIndex: 'status',
          render: (v: PartyMemberRow['status']) => <Tag color={MEMBER_STATUS_COLOUR[v]}>{labels.memberStatus(v)}</Tag>,
        },
        {
          title: t('party.member.type'),
          dataIndex: 'memberType',
          render: (v: PartyMemberRow['memberType']) => <Tag color={MEMBER_TYPE_COLOUR[v]}>{labels.memberType(v)}</Tag>,
        },
        { title: t('party.member.joinedOn'), dataIndex: 'joinedOn' },
        {
          title: t('party.member.centreHousehold'),
          dataIndex: 'centreHousehold',
          render: (v: boolean) => (v ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no')),
        },
        {
          title: t('party.member.phone'),
          dataIndex: 'phone',
          render: (v: string | null) => (v ? <Typography.Text code>{v}</Typography.Text> : none),
        },
        { title: t('party.member.organisation'), key: 'organisation', ellipsis: true, render: (_, m) => m.organisation.name },
      ]}
    />
  );
}
