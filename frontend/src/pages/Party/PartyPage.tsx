import { Alert, Card, Col, Empty, Row, Skeleton, Space } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import type { PartyOrganisationsQuery as PartyOrganisationsResult } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import type { PageProps } from '../../routing';
import { OrganisationPanel } from './OrganisationPanel';
import { OrganisationTree } from './OrganisationTree';
import { OverdueMeetingsCard } from './OverdueMeetingsCard';
import { OverduePartyMeetingsQuery, PartyOrganisationsQuery, PartyTermsEndingSoonQuery } from './documents';
import { TermsEndingCard } from './TermsEndingCard';

export type PartyOrganisationSummary = PartyOrganisationsResult['partyOrganisations'][number];

/**
 * The organisation that `#/party/<id>` names: an organisation id, or a region id (from the
 * grid map), then the shallowest organisation serving that region; else the first root.
 */
function initialSelection(organisations: PartyOrganisationSummary[], param: string | null): string | undefined {
  const named = param
    ? (organisations.find((o) => o.id === param) ?? organisations.find((o) => o.region?.id === param))
    : undefined;
  return (named ?? organisations[0])?.id;
}

/**
 * 党建: the party organisation tree with what needs attention (overdue meetings, terms
 * ending), and the selected organisation's overview, members, meetings and points ranking.
 */
export function PartyPage({ param }: PageProps) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const organisations = useQuery(PartyOrganisationsQuery);
  const overdue = useQuery(OverduePartyMeetingsQuery);
  const termsEnding = useQuery(PartyTermsEndingSoonQuery);
  const [picked, setPicked] = useState<string>();
  const list = useMemo(() => organisations.data?.partyOrganisations ?? [], [organisations.data]);
  const selectedId = picked ?? initialSelection(list, param);
  const selected = list.find((o) => o.id === selectedId);

  const { refetch: refetchOrganisations } = organisations;
  const { refetch: refetchOverdue } = overdue;
  const { refetch: refetchTerms } = termsEnding;
  /** A write changes counts, warnings and what is overdue: ask again. */
  const onArchiveChanged = useCallback(() => {
    refetchOrganisations();
    refetchOverdue();
    refetchTerms();
  }, [refetchOrganisations, refetchOverdue, refetchTerms]);

  return (
    <Row gutter={16}>
      <Col xs={24} lg={8} xxl={7}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <OverdueMeetingsCard query={overdue} onSelect={setPicked} />
          <TermsEndingCard query={termsEnding} onSelect={setPicked} />
          <Card size="small" title={t('party.tree.title')}>
            {organisations.error ? (
              <Alert type="error" showIcon message={errorMessage(organisations.error)} />
            ) : !organisations.data ? (
              <Skeleton active paragraph={{ rows: 4 }} />
            ) : list.length === 0 ? (
              <Empty description={t('party.tree.empty')} />
            ) : (
              <OrganisationTree organisations={list} selectedId={selectedId} onSelect={setPicked} />
            )}
          </Card>
        </Space>
      </Col>
      <Col xs={24} lg={16} xxl={17}>
        {selected ? (
          <OrganisationPanel
            key={selected.id}
            organisation={selected}
            organisations={list}
            onArchiveChanged={onArchiveChanged}
          />
        ) : (
          <Card size="small">
            <Empty description={t('party.selectHint')} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
