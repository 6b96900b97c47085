import { TrophyFilled } from '@ant-design/icons';
import { Alert, Table } from 'antd';
import { useQuery } from '../../api/useQuery';
import type { PartyPointsRankingQuery as RankingResult } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { PartyPointsRankingQuery } from './documents';

type Rank = RankingResult['partyPointsRanking'][number];

const MEDAL = ['#faad14', '#bfbfbf', '#d48806'];

/** 积分排名: the subtree's current members by points (equal points share a rank). */
export function PointsRanking({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(PartyPointsRankingQuery, { id: organisationId });

  return (
    <>
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<Rank>
        size="small"
        rowKey={(r) => r.member.id}
        loading={loading}
        pagination={false}
        dataSource={data?.partyPointsRanking ?? []}
        locale={{ emptyText: error ? errorMessage(error) : t('party.ranking.empty') }}
        data-testid="party-ranking"
        columns={[
          {
            title: t('party.ranking.rank'),
            dataIndex: 'rank',
            width: 80,
            render: (rank: number) =>
              rank <= MEDAL.length ? (
                <span>
                  <TrophyFilled style={{ color: MEDAL[rank - 1] }} /> {rank}
                </span>
              ) : (
                rank
              ),
          },
          { title: t('party.member.name'), key: 'name', render: (_, r) => r.member.name },
          { title: t('party.member.organisation'), key: 'organisation', render: (_, r) => r.member.organisation.name },
          { title: t('party.points.points'), dataIndex: 'points', width: 100 },
          { title: t('party.points.hours'), dataIndex: 'serviceHours', width: 110 },
        ]}
      />
    </>
  );
}
