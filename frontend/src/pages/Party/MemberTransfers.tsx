import { Timeline, Typography } from 'antd';
import type { PartyTransferKind } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { usePartyLabels } from './labels';
import type { PartyMemberDetail } from './MemberDrawer';

const TRANSFER_COLOUR: Record<PartyTransferKind, string> = {
  JOINED: 'red',
  TRANSFER_IN: 'green',
  TRANSFER: 'blue',
  TRANSFER_OUT: 'gray',
};

/** 组织关系转接: joined, transferred in, between organisations and out, oldest first. */
export function MemberTransfers({ transfers }: { transfers: PartyMemberDetail['transfers'] }) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  if (transfers.length === 0) return <Typography.Text type="secondary">{t('party.transfers.none')}</Typography.Text>;

  return (
    <Timeline
      data-testid="party-member-transfers"
      items={transfers.map((transfer, index) => {
        const from = transfer.fromOrganisationName ?? transfer.fromPlace;
        const to = transfer.toOrganisationName ?? transfer.toPlace;
        return {
          key: index,
          color: TRANSFER_COLOUR[transfer.kind],
          children: (
            <div>
              <Typography.Text strong>{labels.transferKind(transfer.kind)}</Typography.Text>{' '}
              <Typography.Text type="secondary">{transfer.movedOn}</Typography.Text>
              <div>
                {[from && t('party.transfers.from', { name: from }), to && t('party.transfers.to', { name: to })]
                  .filter(Boolean)
                  .join('，')}
              </div>
              {transfer.reason && <Typography.Text type="secondary">{transfer.reason}</Typography.Text>}
            </div>
          ),
        };
      })}
    />
  );
}
