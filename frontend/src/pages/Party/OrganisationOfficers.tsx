import { Alert, Table, Tag } from 'antd';
import { useQuery } from '../../api/useQuery';
import type { PartyOfficersQuery as OfficersResult } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { PartyOfficersQuery } from './documents';
import { usePartyLabels } from './labels';

type Officer = OfficersResult['partyOrganisation']['officers'][number];

/** 书记, 副书记 and 委员 in office, with their terms. */
export function OrganisationOfficers({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(PartyOfficersQuery, { id: organisationId });

  if (error) return <Alert type="warning" showIcon message={errorMessage(error)} />;
  return (
    <Table<Officer>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={data?.partyOrganisation.officers ?? []}
      locale={{ emptyText: t('party.officers.none') }}
      data-testid="party-officers"
      columns={[
        {
          title: t('party.officers.role'),
          dataIndex: 'role',
          render: (role: Officer['role']) => <Tag color="red">{labels.officerRole(role)}</Tag>,
        },
        { title: t('party.officers.name'), key: 'name', render: (_, o) => o.member.name },
        {
          title: t('party.officers.term'),
          key: 'term',
          render: (_, o) => `${o.termStart} – ${o.termEnd ?? t('party.officers.openEnded')}`,
        },
        {
          title: t('party.officers.inOffice'),
          dataIndex: 'inOffice',
          render: (inOffice: boolean) =>
            inOffice ? <Tag color="green">{t('party.officers.current')}</Tag> : <Tag>{t('party.officers.past')}</Tag>,
        },
      ]}
    />
  );
}
