import { AuditOutlined, FlagOutlined, StarOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { AwardPointsModal } from './AwardPointsModal';
import { CommitmentModal } from './CommitmentModal';
import { EvaluationModal } from './EvaluationModal';
import type { PartyMemberDetail } from './MemberDrawer';
import type { PartyOrganisationSummary } from './PartyPage';
import { TransferMemberModal } from './TransferMemberModal';

type Action = 'points' | 'transfer' | 'commitment' | 'evaluation';

interface MemberActionsProps {
  member: PartyMemberDetail;
  organisations: PartyOrganisationSummary[];
  onChanged: () => void;
}

/** What a branch records about a member: points, a transfer, a commitment, an evaluation. */
export function MemberActions({ member, organisations, onChanged }: MemberActionsProps) {
  const { t } = useI18n();
  const [action, setAction] = useState<Action | null>(null);
  const modal = { member, onDone: onChanged, onClose: () => setAction(null) };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<StarOutlined />} onClick={() => setAction('points')} data-testid="party-award-points">
          {t('party.action.awardPoints')}
        </Button>
        <Button icon={<SwapOutlined />} onClick={() => setAction('transfer')} data-testid="party-transfer">
          {t('party.action.transfer')}
        </Button>
        <Button icon={<FlagOutlined />} onClick={() => setAction('commitment')} data-testid="party-add-commitment">
          {t('party.action.addCommitment')}
        </Button>
        <Button icon={<AuditOutlined />} onClick={() => setAction('evaluation')} data-testid="party-record-evaluation">
          {t('party.action.recordEvaluation')}
        </Button>
      </Space>
      <AwardPointsModal open={action === 'points'} {...modal} />
      <TransferMemberModal open={action === 'transfer'} organisations={organisations} {...modal} />
      <CommitmentModal open={action === 'commitment'} {...modal} />
      <EvaluationModal open={action === 'evaluation'} {...modal} />
    </>
  );
}
