import { Card, Tabs, Tag } from 'antd';
import { usePermissions } from '../../auth/permissions';
import { useI18n } from '../../i18n';
import { usePartyLabels } from './labels';
import { MeetingList } from './MeetingList';
import { MemberList } from './MemberList';
import { OrganisationOverview } from './OrganisationOverview';
import type { PartyOrganisationSummary } from './PartyPage';
import { PointsRanking } from './PointsRanking';

interface OrganisationPanelProps {
  organisation: PartyOrganisationSummary;
  /** Every organisation in reach, for picking a transfer's destination. */
  organisations: PartyOrganisationSummary[];
  onArchiveChanged: () => void;
}

/**
 * The selected organisation: 概况 for everyone with `party:figures`; members, meetings and
 * ranking only with `party:read` (the server refuses them otherwise, so they are not offered).
 */
export function OrganisationPanel({ organisation, organisations, onArchiveChanged }: OrganisationPanelProps) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const can = usePermissions();
  const mayRead = can('party:read');

  const tabs = [
    { key: 'overview', label: t('party.tab.overview'), children: <OrganisationOverview organisationId={organisation.id} /> },
    ...(mayRead
      ? [
          {
            key: 'members',
            label: t('party.tab.members'),
            children: (
              <MemberList organisation={organisation} organisations={organisations} onArchiveChanged={onArchiveChanged} />
            ),
          },
          {
            key: 'meetings',
            label: t('party.tab.meetings'),
            children: <MeetingList organisation={organisation} onArchiveChanged={onArchiveChanged} />,
          },
          { key: 'ranking', label: t('party.tab.ranking'), children: <PointsRanking organisationId={organisation.id} /> },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      data-testid="party-organisation"
      title={
        <span>
          <Tag color="red" bordered={false}>
            {labels.organisationKind(organisation.kind)}
          </Tag>
          <span data-testid="party-organisation-name">{organisation.name}</span>
        </span>
      }
    >
      <Tabs
        items={tabs.map((tab) => ({ ...tab, label: <span data-testid={`party-tab-${tab.key}`}>{tab.label}</span> }))}
        destroyOnHidden
      />
    </Card>
  );
}
