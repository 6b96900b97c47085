import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useQuery } from '../api/useQuery';
import type { DisputePartyKind, DisputeScale } from '../gql/graphql';
import { useI18n } from '../i18n';
import { DisputeTypesQuery } from './documents';
import { PARTY_KINDS, SCALES, useEventLabels } from './labels';
import { buildTree } from './tree';

export interface DisputePartyValues {
  name?: string;
  kind?: DisputePartyKind;
  phone?: string;
}

/** A dispute's facts as the forms hold them. */
export interface DisputeValues {
  typeId?: string;
  scale?: DisputeScale;
  amountInvolved?: string;
  parties?: DisputePartyValues[];
}

/** The form's parties as the server's input: named ones only, trimmed. */
export function partiesInput(parties: DisputePartyValues[] | undefined) {
  return (parties ?? [])
    .filter((p) => p.name?.trim())
    .map((p) => ({ name: p.name!.trim(), kind: p.kind ?? 'PERSON', phone: p.phone?.trim() || undefined }));
}

/** The dispute types as a tree. */
export function DisputeTypeSelect(props: { value?: string; onChange?: (value: string) => void }) {
  const { data, loading } = useQuery(DisputeTypesQuery);
  const treeData = useMemo(() => buildTree(data?.disputeTypes ?? []), [data]);
  return (
    <TreeSelect
      {...props}
      allowClear
      showSearch
      treeDefaultExpandAll
      loading={loading}
      treeData={treeData}
      treeNodeFilterProp="searchText"
      data-testid="dispute-type"
    />
  );
}

/**
 * Type, scale, amount and (with `withParties`) parties of a dispute; `prefix` places them
 * under a form field (`['dispute']` in the intake form).
 */
export function DisputeFields({ prefix = [], withParties = true }: { prefix?: string[]; withParties?: boolean }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const name = (field: string) => [...prefix, field];

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name={name('typeId')} label={t('events.new.disputeType')}>
            <DisputeTypeSelect />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name={name('scale')} label={t('events.new.scale')}>
            <Select allowClear options={SCALES.map((v) => ({ value: v, label: labels.scale(v) }))} data-testid="dispute-scale" />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item
            name={name('amountInvolved')}
            label={t('events.new.amount')}
            rules={[{ pattern: /^\s*\d+(\.\d{1,2})?\s*$/, message: t('events.new.amount') }]}
          >
            <Input inputMode="decimal" placeholder="0.00" data-testid="dispute-amount" />
          </Form.Item>
        </Col>
      </Row>
      {withParties && (
        <Form.Item label={t('events.new.parties')} style={{ marginBottom: 0 }}>
          <Form.List name={name('parties')}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: t('events.new.partyName') }]}>
                      <Input placeholder={t('events.new.partyName')} style={{ width: 180 }} data-testid="dispute-party-name" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'kind']} initialValue="PERSON">
                      <Select style={{ width: 100 }} options={PARTY_KINDS.map((v) => ({ value: v, label: labels.partyKind(v) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'phone']}>
                      <Input placeholder={t('events.new.partyPhone')} style={{ width: 160 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Form.Item>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'PERSON' })} data-testid="dispute-add-party">
                    {t('events.new.addParty')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
    </>
  );
}
