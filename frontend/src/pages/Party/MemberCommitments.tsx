import { List, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { GRADE_COLOUR, usePartyLabels } from './labels';
import type { PartyMemberDetail } from './MemberDrawer';

/** 承诺践诺: each pledge with its period, progress notes and the branch's evaluation. */
export function MemberCommitments({ commitments }: { commitments: PartyMemberDetail['commitments'] }) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  return (
    <List
      size="small"
      data-testid="party-member-commitments"
      dataSource={commitments}
      locale={{ emptyText: t('party.commitments.none') }}
      renderItem={(commitment) => (
        <List.Item key={commitment.id} style={{ display: 'block' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <Typography.Text strong>{commitment.pledge}</Typography.Text>
            {commitment.grade ? (
              <Tag color={GRADE_COLOUR[commitment.grade]}>{labels.grade(commitment.grade)}</Tag>
            ) : (
              <Tag>{t('party.commitments.notEvaluated')}</Tag>
            )}
          </div>
          <Typography.Text type="secondary">
            {t('party.commitments.period', { start: commitment.periodStart, end: commitment.periodEnd })}
          </Typography.Text>
          {commitment.evaluation && <div>{t('party.commitments.evaluation', { text: commitment.evaluation })}</div>}
          {commitment.progress.length > 0 && (
            <Timeline
              style={{ marginTop: 12, marginBottom: -24 }}
              items={commitment.progress.map((note, index) => ({
                key: index,
                children: (
                  <span>
                    <Typography.Text type="secondary">{note.notedOn}</Typography.Text> {note.note}
                  </span>
                ),
              }))}
            />
          )}
        </List.Item>
      )}
    />
  );
}
