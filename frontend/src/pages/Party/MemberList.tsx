import { Alert, Input, Space } from 'antd';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { usePermissions } from '../../auth/permissions';
import { useErrorMessage, useI18n } from '../../i18n';
import { CursorPager } from '../Residents/CursorPager';
import { useCursorPages } from '../Residents/useCursorPages';
import { PartyMembersQuery } from './documents';
import { MemberDrawer } from './MemberDrawer';
import { MemberTable } from './MemberTable';
import { NewMemberButton } from './NewMemberButton';
import type { PartyOrganisationSummary } from './PartyPage';

interface MemberListProps {
  organisation: PartyOrganisationSummary;
  organisations: PartyOrganisationSummary[];
  onArchiveChanged: () => void;
}

/** 党员: the members of the organisation's subtree by name, a search, new member, details. */
export function MemberList({ organisation, organisations, onArchiveChanged }: MemberListProps) {
  const { t } = useI18n();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState<string>();
  const [pageSize, setPageSize] = useState(20);
  const pages = useCursorPages();
  const [memberId, setMemberId] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(PartyMembersQuery, {
    id: organisation.id,
    search,
    first: pageSize,
    after: pages.after,
  });
  const connection = data?.partyOrganisation.members;
  const changed = () => {
    refetch();
    onArchiveChanged();
  };

  return (
    <div data-testid="party-members">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder={t('party.members.search')}
          style={{ width: 260 }}
          onSearch={(value) => {
            setSearch(value.trim() || undefined);
            pages.reset();
          }}
          data-testid="party-member-search"
        />
        {can('party:write') && <NewMemberButton organisation={organisation} onCreated={changed} />}
      </Space>
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <MemberTable
        members={connection?.nodes ?? []}
        loading={loading}
        emptyText={error ? errorMessage(error) : t('party.members.empty')}
        onOpen={setMemberId}
      />
      <CursorPager
        page={pages.page}
        pageSize={pageSize}
        totalCount={search ? undefined : organisation.memberCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={loading}
        onPrevious={pages.previous}
        onNext={() => connection?.pageInfo.endCursor && pages.next(connection.pageInfo.endCursor)}
        onPageSize={(size) => {
          setPageSize(size);
          pages.reset();
        }}
      />
      <MemberDrawer
        memberId={memberId}
        organisations={organisations}
        onChanged={changed}
        onClose={() => setMemberId(null)}
      />
    </div>
  );
}
