import { Col, DatePicker, Form, Input, Radio, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useArchiveLabels } from '../../archives/labels';
import type { Gender, PartyMemberStatus, PartyMemberType } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { MEMBER_STATUSES, MEMBER_TYPES, usePartyLabels } from './labels';

/** The values of the new-member form (named as `PartyMemberFieldsInput`'s fields). */
export interface MemberFormValues {
  name?: string;
  gender?: Gender;
  idCardNo?: string;
  phone?: string;
  status: PartyMemberStatus;
  joinedOn?: Dayjs;
  confirmedOn?: Dayjs;
  memberType: PartyMemberType;
  floatingFrom?: string;
  floatingTo?: string;
  workUnit?: string;
  centreHousehold: boolean;
}

const GENDERS: readonly Gender[] = ['MALE', 'FEMALE'];

/** Name, gender, ID number, phone, party facts; where from/to for floating, work unit for in-service. */
export function MemberFormFields() {
  const { t } = useI18n();
  const labels = usePartyLabels();
  const archiveLabels = useArchiveLabels();
  const memberType = Form.useWatch<PartyMemberType | undefined>('memberType');
  const status = Form.useWatch<PartyMemberStatus | undefined>('status');

  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="name" label={t('party.member.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="member-name" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="gender" label={t('party.member.gender')} extra={t('party.member.genderHint')}>
          <Radio.Group options={GENDERS.map((g) => ({ value: g, label: archiveLabels.gender(g) }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="idCardNo" label={t('party.member.idCardNo')} extra={t('party.member.idCardNoHint')}>
          <Input maxLength={18} data-testid="member-id-card-no" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="phone" label={t('party.member.phone')}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="status" label={t('party.member.status')}>
          <Radio.Group options={MEMBER_STATUSES.map((s) => ({ value: s, label: labels.memberStatus(s) }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="memberType" label={t('party.member.type')}>
          <Select options={MEMBER_TYPES.map((v) => ({ value: v, label: labels.memberType(v) }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="joinedOn" label={t('party.member.joinedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} data-testid="member-joined-on" />
        </Form.Item>
      </Col>
      {status === 'FULL' && (
        <Col span={12}>
          <Form.Item name="confirmedOn" label={t('party.member.confirmedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
      {memberType === 'FLOATING' && (
        <>
          <Col span={12}>
            <Form.Item name="floatingFrom" label={t('party.member.floatingFrom')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="floatingTo" label={t('party.member.floatingTo')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </>
      )}
      {memberType === 'IN_SERVICE' && (
        <Col span={12}>
          <Form.Item name="workUnit" label={t('party.member.workUnit')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      )}
      <Col span={12}>
        <Form.Item name="centreHousehold" label={t('party.member.centreHousehold')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}
