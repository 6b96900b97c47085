import { Alert, Card } from 'antd';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import type { ResidentFilterInput } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { ResidentDrawer } from '../../residents/ResidentDrawer';
import type { PageProps } from '../../routing';
import { CursorPager } from './CursorPager';
import { ResidentsQuery } from './documents';
import { ExportResidentsButton } from './ExportResidentsButton';
import { ResidentFilterForm } from './ResidentFilterForm';
import { ResidentTable } from './ResidentTable';
import { useCursorPages } from './useCursorPages';

/** 居民档案: search the residents in reach, page through them, open one; export the search. */
export function ResidentsPage({ param }: PageProps) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  // `#/residents/<region id>` (from the grid map) starts with that region's residents.
  const [filter, setFilter] = useState<ResidentFilterInput>(() => (param ? { regionId: param } : {}));
  const [pageSize, setPageSize] = useState(20);
  const pages = useCursorPages();
  const [residentId, setResidentId] = useState<string | null>(null);
  const { data, error, loading } = useQuery(ResidentsQuery, { filter, first: pageSize, after: pages.after });
  const connection = data?.residents;

  return (
    <Card size="small" title={t('residents.title')} extra={<ExportResidentsButton filter={filter} />}>
      <ResidentFilterForm
        initial={filter}
        onSearch={(next) => {
          setFilter(next);
          pages.reset();
        }}
      />
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <ResidentTable
        residents={connection?.nodes ?? []}
        loading={loading}
        // A refusal is never shown as "no residents match".
        emptyText={error ? errorMessage(error) : t('residents.empty')}
        onOpen={setResidentId}
      />
      <CursorPager
        page={pages.page}
        pageSize={pageSize}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={loading}
        onPrevious={pages.previous}
        onNext={() => connection?.pageInfo.endCursor && pages.next(connection.pageInfo.endCursor)}
        onPageSize={(size) => {
          setPageSize(size);
          pages.reset();
        }}
      />
      <ResidentDrawer residentId={residentId} onOpenResident={setResidentId} onClose={() => setResidentId(null)} />
    </Card>
  );
}
