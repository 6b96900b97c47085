import { Col, Row, Statistic, Table, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { PartyMemberDetail } from './MemberDrawer';

type PointEntry = PartyMemberDetail['pointEntries'][number];

/** 积分: the balance and service hours, and the ledger, newest first. */
export function MemberPoints({ member }: { member: PartyMemberDetail }) {
  const { t } = useI18n();
  return (
    <div data-testid="party-member-points">
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={8}>
          <Statistic title={t('party.points.balance')} value={member.points.points} />
        </Col>
        <Col span={8}>
          <Statistic title={t('party.points.serviceHours')} value={member.points.serviceHours} precision={1} />
        </Col>
      </Row>
      <Table<PointEntry>
        size="small"
        rowKey="id"
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        dataSource={member.pointEntries}
        locale={{ emptyText: t('party.points.none') }}
        columns={[
          { title: t('party.points.awardedOn'), dataIndex: 'awardedOn', width: 110 },
          { title: t('party.points.activity'), dataIndex: 'activity' },
          {
            title: t('party.points.points'),
            dataIndex: 'points',
            width: 80,
            render: (points: number) => (
              <Typography.Text type={points < 0 ? 'danger' : 'success'}>{points > 0 ? `+${points}` : points}</Typography.Text>
            ),
          },
          { title: t('party.points.hours'), dataIndex: 'serviceHours', width: 90 },
          { title: t('party.points.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? t('common.none') },
        ]}
      />
    </div>
  );
}
