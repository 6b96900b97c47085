import { Alert, Card, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useArchiveLabels } from '../../archives/labels';
import { useQuery } from '../../api/useQuery';
import type { GridTeamsQuery as GridTeamsResult } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { RegionPicker } from '../../regions/RegionPicker';
import type { PageProps } from '../../routing';
import { GridTeamsQuery } from './documents';
import { TeamComposition } from './TeamComposition';
import { TeamMembers } from './TeamMembers';

export type GridTeam = GridTeamsResult['gridTeams'][number];

/**
 * 网格队伍: each grid's "1+1+N+X" team (1 grid leader, 1 full-time worker, N part-time, X
 * professional forces), flagged when incomplete, with its members. `#/teams/<region id>`
 * starts with that region.
 */
export function GridTeamsPage({ param }: PageProps) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const errorMessage = useErrorMessage();
  const [regionId, setRegionId] = useState<string | null>(param);
  const [incompleteOnly, setIncompleteOnly] = useState(false);
  const { data, error, loading } = useQuery(GridTeamsQuery, { regionId, incompleteOnly });
  const teams = data?.gridTeams ?? [];
  const incomplete = teams.filter((team) => !team.complete).length;

  const extra = (
    <Space wrap>
      <RegionPicker value={regionId} onChange={setRegionId} />
      <Space size={4}>
        <Switch checked={incompleteOnly} onChange={setIncompleteOnly} data-testid="teams-incomplete-only" />
        <span>{t('teams.incompleteOnly')}</span>
      </Space>
    </Space>
  );

  return (
    <Card size="small" title={t('teams.title')} extra={extra}>
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary" data-testid="teams-summary">
          {t('teams.summary', { count: teams.length, incomplete })}
        </Typography.Paragraph>
      )}
      <Table<GridTeam>
        size="small"
        rowKey={(team) => team.grid.id}
        loading={loading}
        dataSource={teams}
        locale={{ emptyText: error ? errorMessage(error) : t('teams.empty') }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (team) => <TeamMembers members={team.members} /> }}
        data-testid="grid-teams"
        columns={[
          {
            title: t('teams.column.grid'),
            key: 'grid',
            render: (_, team) => (
              <span>
                {team.grid.name}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {team.grid.code}
                </Typography.Text>
              </span>
            ),
          },
          { title: t('teams.column.composition'), key: 'composition', render: (_, team) => <TeamComposition team={team} /> },
          {
            title: t('teams.column.status'),
            key: 'status',
            render: (_, team) =>
              team.complete ? (
                <Tag color="green">{t('teams.complete')}</Tag>
              ) : (
                <Space size={4} wrap>
                  <Tag color="red" data-testid="team-incomplete">
                    {t('teams.incomplete')}
                  </Tag>
                  <Typography.Text type="danger">
                    {t('teams.missing', { parts: team.missing.map(labels.teamPart).join('、') })}
                  </Typography.Text>
                </Space>
              ),
          },
          { title: t('teams.column.members'), key: 'members', render: (_, team) => team.members.length },
        ]}
      />
    </Card>
  );
}
