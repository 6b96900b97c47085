import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Card, List, Skeleton, Typography } from 'antd';
import type { QueryState } from '../../api/useQuery';
import type { PartyTermsEndingSoonQuery as TermsEndingResult } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';

interface TermsEndingCardProps {
  query: QueryState<TermsEndingResult>;
  onSelect: (organisationId: string) => void;
}

/** Organisations whose term ends within 90 days (换届提醒); a click selects one. */
export function TermsEndingCard({ query, onSelect }: TermsEndingCardProps) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();

  return (
    <Card
      size="small"
      data-testid="terms-ending"
      title={
        <span>
          <CalendarOutlined style={{ color: '#faad14', marginInlineEnd: 6 }} />
          {t('party.terms.title')}
        </span>
      }
    >
      {query.error ? (
        <Alert type="error" showIcon message={errorMessage(query.error)} />
      ) : !query.data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <List
          size="small"
          dataSource={query.data.partyTermsEndingSoon}
          locale={{ emptyText: t('party.terms.none') }}
          renderItem={(organisation) => (
            <List.Item
              key={organisation.id}
              onClick={() => onSelect(organisation.id)}
              style={{ cursor: 'pointer', paddingInline: 0 }}
              extra={<Typography.Text type="warning">{t('party.terms.ends', { date: organisation.termEnd ?? '—' })}</Typography.Text>}
            >
              <Typography.Text strong>{organisation.name}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
