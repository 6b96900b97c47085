import { Alert, Divider, Drawer, Skeleton } from 'antd';
import { useQuery } from '../../api/useQuery';
import { usePermissions } from '../../auth/permissions';
import type { PartyMemberQuery as PartyMemberResult } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { PartyMemberQuery } from './documents';
import { MemberActions } from './MemberActions';
import { MemberCommitments } from './MemberCommitments';
import { MemberEvaluations } from './MemberEvaluations';
import { MemberFacts } from './MemberFacts';
import { MemberPoints } from './MemberPoints';
import { MemberTransfers } from './MemberTransfers';
import type { PartyOrganisationSummary } from './PartyPage';

export type PartyMemberDetail = PartyMemberResult['partyMember'];

/** What each of the member's action modals gets. */
export interface MemberModalProps {
  open: boolean;
  member: PartyMemberDetail;
  /** After a write. */
  onDone: () => void;
  onClose: () => void;
}

interface MemberDrawerProps {
  /** The member shown, or null when closed. */
  memberId: string | null;
  organisations: PartyOrganisationSummary[];
  /** After a write: the list and the counts may have changed. */
  onChanged: () => void;
  onClose: () => void;
}

/** 党员详情 in a drawer. */
export function MemberDrawer({ memberId, organisations, onChanged, onClose }: MemberDrawerProps) {
  const { t } = useI18n();
  return (
    <Drawer open={memberId !== null} onClose={onClose} width={760} title={t('party.member.drawerTitle')} destroyOnHidden>
      <div data-testid="party-member-detail">
        {memberId && <MemberDetails key={memberId} memberId={memberId} organisations={organisations} onChanged={onChanged} />}
      </div>
    </Drawer>
  );
}

interface MemberDetailsProps {
  memberId: string;
  organisations: PartyOrganisationSummary[];
  onChanged: () => void;
}

/** Facts, organisation history, points, commitments and evaluations, with the branch's actions. */
function MemberDetails({ memberId, organisations, onChanged }: MemberDetailsProps) {
  const { t } = useI18n();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const { data, error, refetch } = useQuery(PartyMemberQuery, { id: memberId });

  if (error) return <Alert type="error" showIcon message={errorMessage(error)} />;
  if (!data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const member = data.partyMember;
  const changed = () => {
    refetch();
    onChanged();
  };

  return (
    <>
      {can('party:write') && member.leftOn === null && (
        <MemberActions member={member} organisations={organisations} onChanged={changed} />
      )}
      <MemberFacts member={member} />
      <Divider orientation="left">{t('party.member.section.transfers')}</Divider>
      <MemberTransfers transfers={member.transfers} />
      <Divider orientation="left">{t('party.member.section.points')}</Divider>
      <MemberPoints member={member} />
      <Divider orientation="left">{t('party.member.section.commitments')}</Divider>
      <MemberCommitments commitments={member.commitments} />
      <Divider orientation="left">{t('party.member.section.evaluations')}</Divider>
      <MemberEvaluations evaluations={member.evaluations} />
    </>
  );
}
