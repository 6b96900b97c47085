import { App, Button, Card, Col, Divider, Form, Input, Radio, Row, Select, TreeSelect, type UploadFile } from 'antd';
import { useMemo, useState } from 'react';
import { requestWithFiles } from '../../api/multipart';
import { useQuery } from '../../api/useQuery';
import { DisputeFields, partiesInput, type DisputeValues } from '../../events/DisputeFields';
import { EventCategoriesQuery, ReportEventMutation } from '../../events/documents';
import { SOURCES, URGENCIES, useEventLabels } from '../../events/labels';
import { filesOf, PhotoUploadField } from '../../events/PhotoUpload';
import { buildTree } from '../../events/tree';
import type { EventSource, ReportEventMutation as ReportEventResult, Urgency } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { text } from '../Party/formValues';
import type { Position } from '../GridMap/gridFeatures';
import { useFormUserErrors } from '../Party/useFormUserErrors';
import { GridPickerMap, GridSelect, type GridOption } from './GridPicker';
import { ReportResult } from './ReportResult';

interface ReportValues {
  categoryId?: string;
  description?: string;
  urgency: Urgency;
  source: EventSource;
  gridId?: string;
  address?: string;
  reporterName?: string;
  reporterPhone?: string;
  photos?: UploadFile[];
  dispute?: DisputeValues;
}

const INITIAL: ReportValues = { urgency: 'ROUTINE', source: 'PATROL' };

export type ReportPayload = ReportEventResult['reportEvent'];

/** 上报事件: category, description, urgency, source, grid (picked or clicked), reporter, photos, dispute. */
export function ReportEventPage() {
  const [reported, setReported] = useState<ReportPayload | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (reported?.event) {
    return (
      <ReportResult
        payload={reported}
        onAnother={() => {
          setReported(null);
          setFormKey((n) => n + 1);
        }}
      />
    );
  }
  return <ReportEventForm key={formKey} onReported={setReported} />;
}

function ReportEventForm({ onReported }: { onReported: (payload: ReportPayload) => void }) {
  const { t } = useI18n();
  const labels = useEventLabels();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const showUserErrors = useFormUserErrors();
  const [form] = Form.useForm<ReportValues>();
  const [busy, setBusy] = useState(false);
  const [point, setPoint] = useState<Position | null>(null);
  const [pickedGrid, setPickedGrid] = useState<GridOption | null>(null);
  const categories = useQuery(EventCategoriesQuery);
  const list = useMemo(() => categories.data?.eventCategories ?? [], [categories.data]);
  const categoryTree = useMemo(() => buildTree(list, { leavesOnly: true, disabled: (c) => !c.active }), [list]);
  const categoryId = Form.useWatch('categoryId', form);
  const isDispute = list.find((c) => c.id === categoryId)?.family === 'DISPUTE';

  const submit = async (values: ReportValues) => {
    setBusy(true);
    try {
      const photos = filesOf(values.photos);
      const { reportEvent } = await requestWithFiles(ReportEventMutation, {
        input: {
          categoryId: values.categoryId ?? '',
          description: values.description?.trim() ?? '',
          urgency: values.urgency,
          source: values.source,
          gridId: values.gridId,
          point: point ? { lng: point[0], lat: point[1] } : undefined,
          address: text(values.address),
          reporterName: text(values.reporterName),
          reporterPhone: text(values.reporterPhone),
          photos: photos.length > 0 ? photos : undefined,
          dispute:
            isDispute && values.dispute
              ? {
                  typeId: values.dispute.typeId,
                  scale: values.dispute.scale,
                  amountInvolved: text(values.dispute.amountInvolved),
                  parties: partiesInput(values.dispute.parties),
                }
              : undefined,
        },
      });
      if (reportEvent.userErrors.length > 0) {
        const unplaced = showUserErrors(form, reportEvent.userErrors);
        if (unplaced) void message.error(unplaced);
        return;
      }
      void message.success(t('events.new.reported', { number: reportEvent.event?.number ?? '' }));
      onReported(reportEvent);
    } catch (cause) {
      void message.error(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('events.new.title')}>
      <Form<ReportValues>
        form={form}
        layout="vertical"
        initialValues={INITIAL}
        onFinish={(values) => void submit(values)}
        data-testid="report-form"
      >
        <Row gutter={24}>
          <Col xs={24} xl={12}>
            <Form.Item name="categoryId" label={t('events.new.category')} rules={[{ required: true }]}>
              <TreeSelect
                showSearch
                treeDefaultExpandAll
                placeholder={t('events.new.category.placeholder')}
                treeData={categoryTree}
                treeNodeFilterProp="searchText"
                loading={categories.loading}
                data-testid="report-category"
              />
            </Form.Item>
            <Form.Item name="description" label={t('events.new.description')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea
                rows={4}
                maxLength={2000}
                showCount
                placeholder={t('events.new.description.placeholder')}
                data-testid="report-description"
              />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="urgency" label={t('events.new.urgency')} rules={[{ required: true }]}>
                  <Radio.Group
                    optionType="button"
                    options={URGENCIES.map((v) => ({ value: v, label: labels.urgency(v) }))}
                    data-testid="report-urgency"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="source" label={t('events.new.source')} rules={[{ required: true }]}>
                  <Select options={SOURCES.map((v) => ({ value: v, label: labels.source(v) }))} data-testid="report-source" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="gridId"
              label={t('events.new.grid')}
              rules={[{ required: point === null, message: t('events.new.grid.placeholder') }]}
            >
              <GridSelect known={pickedGrid} />
            </Form.Item>
            <Form.Item name="address" label={t('events.new.address')}>
              <Input maxLength={200} data-testid="report-address" />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="reporterName" label={t('events.new.reporterName')}>
                  <Input maxLength={50} data-testid="report-reporter-name" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="reporterPhone"
                  label={t('events.new.reporterPhone')}
                  rules={[{ pattern: /^\s*[\d-]{7,20}\s*$/, message: t('residents.filter.phone.invalid') }]}
                >
                  <Input maxLength={20} data-testid="report-reporter-phone" />
                </Form.Item>
              </Col>
            </Row>
            <PhotoUploadField name="photos" label={t('events.new.photos')} testId="report-photos" />
          </Col>
          <Col xs={24} xl={12}>
            <GridPickerMap
              point={point}
              onPick={(clicked, grid) => {
                setPoint(clicked);
                setPickedGrid(grid);
                if (grid) form.setFieldsValue({ gridId: grid.id });
              }}
            />
          </Col>
        </Row>
        {isDispute && (
          <div data-testid="report-dispute">
            <Divider orientation="left">{t('events.new.dispute')}</Divider>
            <DisputeFields prefix={['dispute']} />
          </div>
        )}
        <Form.Item style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={busy} size="large" data-testid="report-submit">
            {t('events.new.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
