import { ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Badge, Card, List, Skeleton, Tag, Typography } from 'antd';
import type { QueryState } from '../../api/useQuery';
import type { OverduePartyMeetingsQuery as OverdueResult } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { usePartyLabels } from './labels';

interface OverdueMeetingsCardProps {
  query: QueryState<OverdueResult>;
  onSelect: (organisationId: string) => void;
}

/** Required meetings not yet held this month or quarter; a click selects the organisation. */
export function OverdueMeetingsCard({ query, onSelect }: OverdueMeetingsCardProps) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const errorMessage = useErrorMessage();
  const due = query.data?.overduePartyMeetings ?? [];

  return (
    <Card
      size="small"
      data-testid="overdue-meetings"
      title={
        <span>
          <ClockCircleOutlined style={{ color: '#fa541c', marginInlineEnd: 6 }} />
          {t('party.overdue.title')} <Badge count={due.length} showZero color={due.length > 0 ? '#fa541c' : '#52c41a'} />
        </span>
      }
    >
      {query.error ? (
        <Alert type="error" showIcon message={errorMessage(query.error)} />
      ) : !query.data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <List
          size="small"
          dataSource={due}
          locale={{ emptyText: t('party.overdue.none') }}
          style={{ maxHeight: 264, overflowY: 'auto' }}
          renderItem={(item) => (
            <List.Item
              key={`${item.organisation.id}/${item.kind}/${item.periodStart}`}
              onClick={() => onSelect(item.organisation.id)}
              style={{ cursor: 'pointer', paddingInline: 0 }}
              data-testid="overdue-meeting"
            >
              <div style={{ width: '100%' }}>
                <Typography.Text strong>{item.organisation.name}</Typography.Text>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
                  <span>
                    <Tag color="volcano" bordered={false}>
                      {labels.meetingKind(item.kind)}
                    </Tag>
                    <Typography.Text type="secondary">
                      {t('party.overdue.held', { held: item.held, required: item.required, period: labels.meetingPeriod(item.period) })}
                    </Typography.Text>
                  </span>
                  <Typography.Text type="secondary">{t('party.overdue.until', { date: item.periodEnd })}</Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
