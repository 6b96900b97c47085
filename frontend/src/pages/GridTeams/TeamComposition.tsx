import { Space, Tag, Tooltip } from 'antd';
import { useArchiveLabels } from '../../archives/labels';
import type { TeamPart } from '../../gql/graphql';
import type { GridTeam } from './GridTeamsPage';

const PARTS: ReadonlyArray<{ part: TeamPart; count: (c: GridTeam['composition']) => number }> = [
  { part: 'LEADER', count: (c) => c.leaders },
  { part: 'FULL_TIME', count: (c) => c.fullTime },
  { part: 'PART_TIME', count: (c) => c.partTime },
  { part: 'PROFESSIONAL', count: (c) => c.professional },
];

/** "1+1+N+X" as four counts; a part the team is missing shows red. */
export function TeamComposition({ team }: { team: GridTeam }) {
  const labels = useArchiveLabels();
  return (
    <Space size={2} data-testid="team-composition">
      {PARTS.map(({ part, count }, index) => (
        <span key={part}>
          {index > 0 && '+'}
          <Tooltip title={labels.teamPart(part)}>
            <Tag color={team.missing.includes(part) ? 'red' : count(team.composition) > 0 ? 'blue' : 'default'} style={{ marginInline: 2 }}>
              {count(team.composition)}
            </Tag>
          </Tooltip>
        </span>
      ))}
    </Space>
  );
}
