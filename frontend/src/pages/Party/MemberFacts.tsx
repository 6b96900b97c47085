import { Descriptions, Tag, Typography } from 'antd';
import { useArchiveLabels } from '../../archives/labels';
import { useI18n } from '../../i18n';
import { MEMBER_STATUS_COLOUR, MEMBER_TYPE_COLOUR, usePartyLabels } from './labels';
import type { PartyMemberDetail } from './MemberDrawer';

/** Who the member is and where the party relation stands; identifiers as the server masks them. */
export function MemberFacts({ member }: { member: PartyMemberDetail }) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const archiveLabels = useArchiveLabels();
  const none = t('common.none');
  const masked = (value: string | null) => (value ? <Typography.Text code>{value}</Typography.Text> : none);

  return (
    <Descriptions size="small" bordered column={2} styles={{ label: { whiteSpace: 'nowrap' } }} data-testid="party-member-facts">
      <Descriptions.Item label={t('party.member.name')}>
        <span data-testid="party-member-detail-name">{member.name}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('party.member.gender')}>{archiveLabels.gender(member.gender)}</Descriptions.Item>
      <Descriptions.Item label={t('party.member.birthDate')}>
        {member.birthDate ? `${member.birthDate}（${t('party.member.ageYears', { age: member.age ?? none })}）` : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('party.member.idCardNo')}>{masked(member.idCardNo)}</Descriptions.Item>
      <Descriptions.Item label={t('party.member.phone')}>{masked(member.phone)}</Descriptions.Item>
      <Descriptions.Item label={t('party.member.isResident')}>
        {member.isResident ? t('common.yes') : t('common.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('party.member.organisation')} span={2}>
        {member.organisation.name}
        {member.leftOn && (
          <Tag color="default" style={{ marginInlineStart: 8 }}>
            {t('party.member.left', { date: member.leftOn, place: member.leftTo ?? none })}
          </Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('party.member.status')}>
        <Tag color={MEMBER_STATUS_COLOUR[member.status]}>{labels.memberStatus(member.status)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('party.member.type')}>
        <Tag color={MEMBER_TYPE_COLOUR[member.memberType]}>{labels.memberType(member.memberType)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('party.member.joinedOn')}>{member.joinedOn}</Descriptions.Item>
      <Descriptions.Item label={t('party.member.confirmedOn')}>{member.confirmedOn ?? none}</Descriptions.Item>
      {member.memberType === 'FLOATING' && (
        <>
          <Descriptions.Item label={t('party.member.floatingFrom')}>{member.floatingFrom ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('party.member.floatingTo')}>{member.floatingTo ?? none}</Descriptions.Item>
        </>
      )}
      {member.memberType === 'IN_SERVICE' && (
        <>
          <Descriptions.Item label={t('party.member.workUnit')}>{member.workUnit ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('party.member.reportedCommunity')}>
            {member.reportedCommunity?.name ?? none}
          </Descriptions.Item>
        </>
      )}
      <Descriptions.Item label={t('party.member.centreHousehold')}>
        {member.centreHousehold ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no')}
      </Descriptions.Item>
    </Descriptions>
  );
}
