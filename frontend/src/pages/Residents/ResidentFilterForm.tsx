import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { RESIDENCE_TYPES, RESIDENT_STATUSES, useArchiveLabels } from '../../archives/labels';
import { useQuery } from '../../api/useQuery';
import type { ResidenceType, ResidentFilterInput, ResidentStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { RegionPicker } from '../../regions/RegionPicker';
import { KeyGroupsQuery } from './documents';

interface FilterValues {
  name?: string;
  idCardNo?: string;
  phone?: string;
  keyGroupId?: string;
  residenceType?: ResidenceType;
  regionId?: string | null;
  status?: ResidentStatus;
}

/** Every field emptied (resetFields would go back to the route's initial region). */
const CLEARED: FilterValues = {
  name: undefined,
  idCardNo: undefined,
  phone: undefined,
  keyGroupId: undefined,
  residenceType: undefined,
  regionId: undefined,
  status: undefined,
};

/** The form's values as the server's filter: trimmed, blanks left out. */
function toFilter(values: FilterValues): ResidentFilterInput {
  const text = (value: string | undefined) => value?.trim() || undefined;
  const filter: ResidentFilterInput = {
    name: text(values.name),
    idCardNo: text(values.idCardNo)?.toUpperCase(),
    phone: text(values.phone),
    keyGroupId: values.keyGroupId,
    residenceType: values.residenceType,
    regionId: values.regionId ?? undefined,
    status: values.status,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as ResidentFilterInput;
}

interface ResidentFilterFormProps {
  initial: ResidentFilterInput;
  onSearch: (filter: ResidentFilterInput) => void;
}

/** Name (any part), exact ID number and phone, key group, residence type, region, status. */
export function ResidentFilterForm({ initial, onSearch }: ResidentFilterFormProps) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const [form] = Form.useForm<FilterValues>();
  const keyGroups = useQuery(KeyGroupsQuery);
  const any = t('residents.filter.any');

  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      initialValues={initial as FilterValues}
      onFinish={(values) => onSearch(toFilter(values))}
      style={{ rowGap: 12, marginBottom: 16 }}
      data-testid="resident-filter"
    >
      <Form.Item name="name" label={t('residents.filter.name')}>
        <Input allowClear placeholder={t('residents.filter.name.placeholder')} style={{ width: 170 }} data-testid="filter-name" />
      </Form.Item>
      <Form.Item
        name="idCardNo"
        label={t('residents.filter.idCardNo')}
        rules={[{ pattern: /^\s*\d{17}[\dXx]\s*$/, message: t('residents.filter.idCardNo.invalid') }]}
      >
        <Input allowClear placeholder={t('residents.filter.idCardNo.placeholder')} style={{ width: 200 }} data-testid="filter-id-card-no" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('residents.filter.phone')}
        rules={[{ pattern: /^\s*[\d-]{7,20}\s*$/, message: t('residents.filter.phone.invalid') }]}
      >
        <Input allowClear placeholder={t('residents.filter.phone.placeholder')} style={{ width: 150 }} data-testid="filter-phone" />
      </Form.Item>
      <Form.Item name="keyGroupId" label={t('residents.filter.keyGroup')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={any}
          loading={keyGroups.loading}
          style={{ width: 180 }}
          options={(keyGroups.data?.keyGroups ?? []).map((g) => ({ value: g.id, label: g.name }))}
        />
      </Form.Item>
      <Form.Item name="residenceType" label={t('residents.filter.residenceType')}>
        <Select
          allowClear
          placeholder={any}
          style={{ width: 110 }}
          options={RESIDENCE_TYPES.map((v) => ({ value: v, label: labels.residenceType(v) }))}
        />
      </Form.Item>
      <Form.Item name="regionId" label={t('residents.filter.region')}>
        <RegionPicker />
      </Form.Item>
      <Form.Item name="status" label={t('residents.filter.status')}>
        <Select
          allowClear
          placeholder={any}
          style={{ width: 110 }}
          options={RESIDENT_STATUSES.map((v) => ({ value: v, label: labels.residentStatus(v) }))}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="filter-submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue(CLEARED);
              onSearch({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
