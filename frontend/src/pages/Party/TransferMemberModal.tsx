import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../api/client';
import { useI18n } from '../../i18n';
import { TransferPartyMemberMutation } from './documents';
import { isoDate, text } from './formValues';
import { usePartyLabels } from './labels';
import type { MemberModalProps } from './MemberDrawer';
import { MutationFormModal } from './MutationFormModal';
import type { PartyOrganisationSummary } from './PartyPage';

type Destination = 'organisation' | 'outside';

interface TransferValues {
  destination: Destination;
  toOrganisationId?: string;
  toPlace?: string;
  movedOn?: Dayjs;
  reason?: string;
}

interface TransferMemberModalProps extends MemberModalProps {
  organisations: PartyOrganisationSummary[];
}

/** 组织关系转接: to another organisation of the county, or out of the county to a place. */
export function TransferMemberModal({ open, member, organisations, onDone, onClose }: TransferMemberModalProps) {
  const { t } = useI18n();
  const labels = usePartyLabels();

  const submit = async (values: TransferValues) => {
    const outside = values.destination === 'outside';
    const { transferPartyMember } = await request(TransferPartyMemberMutation, {
      input: {
        id: member.id,
        expectedVersion: member.version,
        toOrganisationId: outside ? undefined : values.toOrganisationId,
        toPlace: outside ? text(values.toPlace) : undefined,
        movedOn: isoDate(values.movedOn),
        reason: text(values.reason),
      },
    });
    return transferPartyMember.userErrors;
  };

  const options = organisations
    .filter((o) => o.id !== member.organisation.id)
    .map((o) => ({
      value: o.id,
      title: o.name,
      label: (
        <span style={{ paddingInlineStart: o.depth * 12 }}>
          {o.name} <span style={{ color: '#999', fontSize: 12 }}>{labels.organisationKind(o.kind)}</span>
        </span>
      ),
    }));

  return (
    <MutationFormModal<TransferValues>
      open={open}
      title={t('party.transfer.title', { name: member.name })}
      initialValues={{ destination: 'organisation', movedOn: dayjs() }}
      submit={submit}
      successMessage={t('party.transfer.done')}
      onDone={onDone}
      onClose={onClose}
      formTestId="transfer-form"
      submitTestId="transfer-submit"
    >
      <Form.Item label={t('party.transfer.from')}>{member.organisation.name}</Form.Item>
      <Form.Item name="destination" label={t('party.transfer.destination')}>
        <Radio.Group
          options={[
            { value: 'organisation', label: t('party.transfer.toOrganisation') },
            { value: 'outside', label: t('party.transfer.outside') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['destination']}>
        {({ getFieldValue }) =>
          getFieldValue('destination') === 'outside' ? (
            <Form.Item name="toPlace" label={t('party.transfer.toPlace')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={100} placeholder={t('party.transfer.toPlaceHint')} />
            </Form.Item>
          ) : (
            <Form.Item name="toOrganisationId" label={t('party.transfer.toOrganisationId')} rules={[{ required: true }]}>
              <Select showSearch optionFilterProp="title" options={options} data-testid="transfer-organisation" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="movedOn" label={t('party.transfer.movedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('party.transfer.reason')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </MutationFormModal>
  );
}
