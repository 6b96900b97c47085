import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Radio, Skeleton, Space, Typography } from 'antd';
import { useArchiveLabels } from '../../archives/labels';
import { useQuery } from '../../api/useQuery';
import type { ImportKind } from '../../gql/graphql';
import { useErrorMessage, useI18n } from '../../i18n';
import { ImportTemplatesQuery } from './documents';

interface ImportKindStepProps {
  kinds: readonly ImportKind[];
  kind: ImportKind | undefined;
  onKind: (kind: ImportKind) => void;
  onNext: () => void;
}

/** Step 1: what the file holds, and that kind's template (Excel or CSV, Chinese headers). */
export function ImportKindStep({ kinds, kind, onKind, onNext }: ImportKindStepProps) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const errorMessage = useErrorMessage();
  const { data, error, loading } = useQuery(ImportTemplatesQuery);
  const template = data?.importTemplates.find((tpl) => tpl.kind === kind);

  return (
    <Form layout="vertical" style={{ maxWidth: 720 }}>
      <Form.Item label={t('import.kind')}>
        <Radio.Group value={kind} onChange={(e) => onKind(e.target.value as ImportKind)} buttonStyle="solid">
          {kinds.map((k) => (
            <Radio.Button key={k} value={k} data-testid={`import-kind-${k}`}>
              {labels.importKind(k)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {error && <Alert type="warning" showIcon message={errorMessage(error)} />}
      {loading && <Skeleton active paragraph={{ rows: 2 }} />}
      {template && (
        <Form.Item label={t('import.template')}>
          <Space direction="vertical" size={4}>
            <Space>
              <Button icon={<DownloadOutlined />} href={template.url} download={template.fileName} data-testid="import-template">
                {template.fileName}
              </Button>
              <Button type="link" href={template.csvUrl} download>
                {t('import.template.csv')}
              </Button>
            </Space>
            <Typography.Text type="secondary">{t('import.template.hint')}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('import.template.headers', { headers: template.headers.join('、') })}
            </Typography.Text>
          </Space>
        </Form.Item>
      )}
      <Button type="primary" disabled={!kind} onClick={onNext} data-testid="import-next">
        {t('import.next')}
      </Button>
    </Form>
  );
}
