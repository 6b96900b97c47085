import { Space, Tag, Typography } from 'antd';
import { useArchiveLabels } from '../../archives/labels';
import { useI18n } from '../../i18n';
import type { BuildingHouse } from './BuildingHouses';

interface HouseHouseholdsProps {
  households: BuildingHouse['households'];
  onOpenResident: (residentId: string) => void;
}

/** The households of one house, each with its members as clickable tags. */
export function HouseHouseholds({ households, onOpenResident }: HouseHouseholdsProps) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  if (households.length === 0) return <Typography.Text type="secondary">{t('buildings.household.none')}</Typography.Text>;

  return (
    <Space direction="vertical" size={4}>
      {households.map((household) => (
        <div key={household.id}>
          <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
            {t('buildings.household.number', { number: household.number })}
          </Typography.Text>
          {household.members.map((member) => (
            <Tag
              key={member.id}
              color={member.relationship === 'HEAD' ? 'blue' : undefined}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpenResident(member.id)}
              data-testid="building-member"
            >
              {member.name}
              {member.relationship && ` · ${labels.relationship(member.relationship)}`}
            </Tag>
          ))}
        </div>
      ))}
    </Space>
  );
}
