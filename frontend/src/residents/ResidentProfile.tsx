import { Descriptions, Tag, Typography } from 'antd';
import { RESIDENCE_TYPE_COLOUR, RESIDENT_STATUS_COLOUR, useArchiveLabels } from '../archives/labels';
import { useI18n } from '../i18n';
import { RevealableIdentifier } from './RevealableIdentifier';
import type { ResidentDetail } from './ResidentDetails';

/** A resident's own fields and where they live. */
export function ResidentProfile({ resident }: { resident: ResidentDetail }) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const none = t('common.none');
  const { house } = resident;

  return (
    <Descriptions column={2} size="small" bordered styles={{ label: { width: 110 } }}>
      <Descriptions.Item label={t('resident.field.name')}>
        <Typography.Text strong data-testid="resident-name">
          {resident.name}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('resident.field.status')}>
        <Tag color={RESIDENT_STATUS_COLOUR[resident.status]}>{labels.residentStatus(resident.status)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('resident.field.idCardNo')} span={2}>
        <RevealableIdentifier
          residentId={resident.id}
          field="ID_CARD_NO"
          masked={resident.idCardNo}
          testId="resident-id-card-no"
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('resident.field.phone')} span={2}>
        <RevealableIdentifier residentId={resident.id} field="PHONE" masked={resident.phone} testId="resident-phone" />
      </Descriptions.Item>
      <Descriptions.Item label={t('resident.field.gender')}>{labels.gender(resident.gender)}</Descriptions.Item>
      <Descriptions.Item label={t('resident.field.birthDate')}>{resident.birthDate ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('resident.field.ethnicity')}>{resident.ethnicity ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('resident.field.residenceType')}>
        <Tag color={RESIDENCE_TYPE_COLOUR[resident.residenceType]}>{labels.residenceType(resident.residenceType)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('resident.field.politicalStatus')}>
        {resident.politicalStatus ? labels.politicalStatus(resident.politicalStatus) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('resident.field.relationship')}>
        {resident.relationship ? labels.relationship(resident.relationship) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('resident.field.region')}>{resident.region.name}</Descriptions.Item>
      <Descriptions.Item label={t('resident.field.household')}>{resident.household?.number ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('resident.field.house')} span={2}>
        {house ? (
          <>
            {t('resident.house.address', { building: house.building.name, unit: house.unit, room: house.room })}{' '}
            <Tag bordered={false}>{labels.houseUse(house.houseUse)}</Tag>
            {house.building.address && <Typography.Text type="secondary">{house.building.address}</Typography.Text>}
          </>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('resident.field.tags')} span={2}>
        {resident.tags.length > 0 ? resident.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : none}
      </Descriptions.Item>
      {resident.note && (
        <Descriptions.Item label={t('resident.field.note')} span={2}>
          {resident.note}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
