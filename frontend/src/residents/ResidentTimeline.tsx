import { Timeline, Typography } from 'antd';
import type { MoveKind } from '../gql/graphql';
import { useArchiveLabels } from '../archives/labels';
import { useI18n } from '../i18n';
import type { ResidentDetail } from './ResidentDetails';

const MOVE_COLOUR: Record<MoveKind, string> = {
  REGISTERED: 'blue',
  MOVED_IN: 'green',
  MOVED_WITHIN: 'cyan',
  MOVED_OUT: 'gray',
  DECEASED: 'gray',
};

/** Entered in the archive, moves and departure, oldest first. */
export function ResidentTimeline({ moves }: { moves: ResidentDetail['timeline'] }) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  if (moves.length === 0) return <Typography.Text type="secondary">{t('resident.timeline.empty')}</Typography.Text>;

  return (
    <Timeline
      data-testid="resident-timeline"
      items={moves.map((move, index) => ({
        key: index,
        color: MOVE_COLOUR[move.kind],
        children: (
          <div>
            <Typography.Text strong>{labels.moveKind(move.kind)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{move.occurredOn}</Typography.Text>
            <div>
              {[
                move.fromRegion && t('resident.timeline.from', { name: move.fromRegion.name }),
                move.toRegion && t('resident.timeline.to', { name: move.toRegion.name }),
                move.place && t('resident.timeline.place', { place: move.place }),
              ]
                .filter(Boolean)
                .join('，')}
            </div>
            {move.note && <Typography.Text type="secondary">{move.note}</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}
