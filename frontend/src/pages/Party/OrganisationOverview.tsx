import { Alert, Descriptions, Divider, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '../../api/useQuery';
import { usePermissions } from '../../auth/permissions';
import { useErrorMessage, useI18n } from '../../i18n';
import { PartyOrganisationOverviewQuery } from './documents';
import { usePartyLabels } from './labels';
import { OrganisationFigures } from './OrganisationFigures';
import { OrganisationOfficers } from './OrganisationOfficers';

/** 概况: the organisation's facts, what the branch regulations point out, figures, officers. */
export function OrganisationOverview({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const { data, error } = useQuery(PartyOrganisationOverviewQuery, { id: organisationId });

  if (error) return <Alert type="error" showIcon message={errorMessage(error)} />;
  if (!data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const organisation = data.partyOrganisation;
  const none = t('common.none');

  return (
    <div data-testid="party-overview">
      {organisation.warnings.length > 0 && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }} data-testid="party-warnings">
          {organisation.warnings.map((warning) => (
            <Alert
              key={warning.code}
              type="warning"
              showIcon
              message={
                <span>
                  {labels.ruleCode(warning.code)}{' '}
                  <Typography.Text code style={{ fontSize: 12 }}>
                    {warning.code}
                  </Typography.Text>
                </span>
              }
            />
          ))}
        </Space>
      )}
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('party.field.kind')}>
          <Tag color="red" bordered={false}>
            {labels.organisationKind(organisation.kind)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('party.field.region')}>{organisation.region?.name ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('party.field.term')}>
          {organisation.termStart || organisation.termEnd
            ? `${organisation.termStart ?? none} – ${organisation.termEnd ?? none}`
            : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('party.field.memberCount')}>{organisation.memberCount}</Descriptions.Item>
        {organisation.coveredUnits !== null && (
          <Descriptions.Item label={t('party.field.coveredUnits')}>{organisation.coveredUnits}</Descriptions.Item>
        )}
      </Descriptions>
      <Divider orientation="left">{t('party.figures.title')}</Divider>
      <OrganisationFigures figures={organisation.figures} />
      {can('party:read') && (
        <>
          <Divider orientation="left">{t('party.officers.title')}</Divider>
          <OrganisationOfficers organisationId={organisation.id} />
        </>
      )}
    </div>
  );
}
