import { SearchOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select, Space, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useQuery } from '../../api/useQuery';
import { EventCategoriesQuery } from '../../events/documents';
import { RISKS, STATUSES, WARNING_COLOURS, useEventLabels } from '../../events/labels';
import { buildTree } from '../../events/tree';
import { useWarningColour } from '../../events/warning';
import type { EventFilter, EventStatus, RiskColour, WarningColour } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { RegionPicker } from '../../regions/RegionPicker';

interface FilterValues {
  status?: EventStatus[];
  colour?: WarningColour[];
  risk?: RiskColour[];
  categoryId?: string;
  regionId?: string | null;
  search?: string;
  open?: boolean;
}

const CLEARED: FilterValues = {
  status: undefined,
  colour: undefined,
  risk: undefined,
  categoryId: undefined,
  regionId: undefined,
  search: undefined,
  open: false,
};

/** The form's values as the server's filter: blanks left out. */
function toFilter(values: FilterValues, base: EventFilter): EventFilter {
  const filter: EventFilter = {
    ...base,
    status: values.status?.length ? values.status : undefined,
    colour: values.colour?.length ? values.colour : undefined,
    risk: values.risk?.length ? values.risk : undefined,
    categoryId: values.categoryId,
    regionId: values.regionId ?? undefined,
    search: values.search?.trim() || undefined,
    open: values.open ? true : undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as EventFilter;
}

interface EventFilterFormProps {
  initial: EventFilter;
  /** What every search keeps (e.g. the disputes family). */
  base?: EventFilter;
  /** The dispute register's risk colour filter. */
  withRisk?: boolean;
  onSearch: (filter: EventFilter) => void;
}

/** Status, warning colour, category, region, and a search over number and description. */
export function EventFilterForm({ initial, base = {}, withRisk = false, onSearch }: EventFilterFormProps) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const warning = useWarningColour();
  const [form] = Form.useForm<FilterValues>();
  const categories = useQuery(EventCategoriesQuery);
  const categoryTree = useMemo(() => buildTree(categories.data?.eventCategories ?? []), [categories.data]);
  const any = t('events.filter.any');

  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      initialValues={initial as FilterValues}
      onFinish={(values) => onSearch(toFilter(values, base))}
      style={{ rowGap: 12, marginBottom: 16 }}
      data-testid="event-filter"
    >
      <Form.Item name="status" label={t('events.filter.status')}>
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={any}
          style={{ width: 200 }}
          options={STATUSES.map((v) => ({ value: v, label: labels.status(v) }))}
          data-testid="filter-status"
        />
      </Form.Item>
      <Form.Item name="colour" label={t('events.filter.colour')}>
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={any}
          style={{ width: 200 }}
          options={WARNING_COLOURS.map((v) => ({ value: v, label: warning(v).label }))}
          data-testid="filter-colour"
        />
      </Form.Item>
      {withRisk && (
        <Form.Item name="risk" label={t('events.filter.risk')}>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={any}
            style={{ width: 180 }}
            options={RISKS.map((v) => ({ value: v, label: labels.risk(v) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="categoryId" label={t('events.filter.category')}>
        <TreeSelect
          allowClear
          showSearch
          placeholder={any}
          style={{ width: 180 }}
          popupMatchSelectWidth={false}
          treeData={categoryTree}
          treeNodeFilterProp="searchText"
          loading={categories.loading}
        />
      </Form.Item>
      <Form.Item name="regionId" label={t('events.filter.region')}>
        <RegionPicker />
      </Form.Item>
      <Form.Item name="search" label={t('events.filter.search')}>
        <Input allowClear placeholder={t('events.filter.search.placeholder')} style={{ width: 190 }} data-testid="filter-search" />
      </Form.Item>
      <Form.Item name="open" valuePropName="checked">
        <Checkbox>{t('events.filter.open')}</Checkbox>
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="filter-submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue(CLEARED);
              onSearch({ ...base });
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
