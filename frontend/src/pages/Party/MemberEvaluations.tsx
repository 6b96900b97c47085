import { Table, Tag } from 'antd';
import { useI18n } from '../../i18n';
import { GRADE_COLOUR, usePartyLabels } from './labels';
import type { PartyMemberDetail } from './MemberDrawer';

type Evaluation = PartyMemberDetail['evaluations'][number];

/** 民主评议: the grade of each year, newest first. */
export function MemberEvaluations({ evaluations }: { evaluations: PartyMemberDetail['evaluations'] }) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  return (
    <Table<Evaluation>
      size="small"
      rowKey="year"
      pagination={false}
      dataSource={evaluations}
      locale={{ emptyText: t('party.evaluations.none') }}
      data-testid="party-member-evaluations"
      columns={[
        { title: t('party.evaluations.year'), dataIndex: 'year', width: 80 },
        {
          title: t('party.evaluations.grade'),
          dataIndex: 'grade',
          width: 110,
          render: (grade: Evaluation['grade']) => <Tag color={GRADE_COLOUR[grade]}>{labels.grade(grade)}</Tag>,
        },
        { title: t('party.evaluations.decision'), dataIndex: 'decision', render: (v: string | null) => v ?? t('common.none') },
        { title: t('party.evaluations.decidedOn'), dataIndex: 'decidedOn', width: 110 },
      ]}
    />
  );
}
