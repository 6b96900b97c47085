import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useI18n } from '../../i18n';

const PAGE_SIZES = [20, 50, 100];

interface CursorPagerProps {
  page: number;
  pageSize: number;
  totalCount: number | undefined;
  hasNextPage: boolean;
  loading: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
  /** "共 N 人" unless told otherwise (e.g. "共 N 件" of events). */
  totalText?: (count: number) => string;
}

/** "共 N 人 · 第 p / n 页" (or "第 p 页" without a total), previous and next, and the page size. */
export function CursorPager(props: CursorPagerProps) {
  const { page, pageSize, totalCount, hasNextPage, loading, onPrevious, onNext, onPageSize, totalText } = props;
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil((totalCount ?? 0) / pageSize));

  return (
    <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 12 }} wrap>
      {totalCount !== undefined && (
        <Typography.Text data-testid="residents-total">{totalText ? totalText(totalCount) : t('residents.total', { count: totalCount })}</Typography.Text>
      )}
      <Typography.Text type="secondary">
        {totalCount === undefined ? t('common.pageNumber', { page }) : t('residents.page', { page, pages })}
      </Typography.Text>
      <Button icon={<LeftOutlined />} disabled={page <= 1 || loading} onClick={onPrevious}>
        {t('common.previousPage')}
      </Button>
      <Button disabled={!hasNextPage || loading} onClick={onNext} data-testid="residents-next">
        {t('common.nextPage')} <RightOutlined />
      </Button>
      <Select<number>
        value={pageSize}
        onChange={onPageSize}
        options={PAGE_SIZES.map((size) => ({ value: size, label: t('common.pageSize', { size }) }))}
        style={{ width: 120 }}
      />
    </Space>
  );
}
