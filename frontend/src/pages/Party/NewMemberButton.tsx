import { UserAddOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { request } from '../../api/client';
import type { PartyMemberFieldsInput } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { CreatePartyMemberMutation } from './documents';
import { isoDate, text } from './formValues';
import { MemberFormFields, type MemberFormValues } from './MemberFormFields';
import { MutationFormModal } from './MutationFormModal';
import type { PartyOrganisationSummary } from './PartyPage';

const INITIAL: MemberFormValues = { status: 'FULL', memberType: 'REGISTERED', centreHousehold: false };

function toFields(values: MemberFormValues): PartyMemberFieldsInput {
  const floating = values.memberType === 'FLOATING';
  return {
    name: text(values.name),
    gender: values.gender,
    idCardNo: text(values.idCardNo)?.toUpperCase(),
    phone: text(values.phone),
    status: values.status,
    joinedOn: isoDate(values.joinedOn),
    confirmedOn: values.status === 'FULL' ? isoDate(values.confirmedOn) : undefined,
    memberType: values.memberType,
    floatingFrom: floating ? text(values.floatingFrom) : undefined,
    floatingTo: floating ? text(values.floatingTo) : undefined,
    workUnit: values.memberType === 'IN_SERVICE' ? text(values.workUnit) : undefined,
    centreHousehold: values.centreHousehold,
  };
}

interface NewMemberButtonProps {
  organisation: PartyOrganisationSummary;
  onCreated: () => void;
}

/** 新增党员: records a member of the selected organisation. */
export function NewMemberButton({ organisation, onCreated }: NewMemberButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);

  const submit = async (values: MemberFormValues) => {
    const { createPartyMember } = await request(CreatePartyMemberMutation, {
      input: { organisationId: organisation.id, fields: toFields(values) },
    });
    return createPartyMember.userErrors;
  };

  return (
    <>
      <Button type="primary" icon={<UserAddOutlined />} onClick={() => setOpen(true)} data-testid="new-party-member">
        {t('party.members.new')}
      </Button>
      <MutationFormModal<MemberFormValues>
        open={open}
        title={t('party.members.new')}
        width={720}
        initialValues={INITIAL}
        submit={submit}
        successMessage={t('party.members.created')}
        onDone={onCreated}
        onClose={() => setOpen(false)}
        formTestId="party-member-form"
        submitTestId="party-member-submit"
      >
        <Typography.Paragraph type="secondary">
          {t('party.members.newHint', { organisation: organisation.name })}
        </Typography.Paragraph>
        <MemberFormFields />
      </MutationFormModal>
    </>
  );
}
