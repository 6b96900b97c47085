import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Space, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';

interface ImportFileStepProps {
  file: File | null;
  dryRun: boolean;
  busy: boolean;
  error: string | undefined;
  onFile: (file: File | null) => void;
  onDryRun: (dryRun: boolean) => void;
  onBack: () => void;
  onStart: () => void;
}

/** Step 2: the file (kept in the browser until "开始导入") and whether to only check it. */
export function ImportFileStep(props: ImportFileStepProps) {
  const { file, dryRun, busy, error, onFile, onDryRun, onBack, onStart } = props;
  const { t } = useI18n();
  const [missing, setMissing] = useState(false);

  return (
    <Form layout="vertical" style={{ maxWidth: 720 }}>
      <Form.Item
        label={t('import.file.choose')}
        validateStatus={missing && !file ? 'error' : undefined}
        help={missing && !file ? t('import.file.required') : undefined}
      >
        <div data-testid="import-file">
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done', size: file.size }] : []}
            beforeUpload={(chosen) => {
              onFile(chosen);
              return false; // uploaded on "开始导入", not on choosing
            }}
            onRemove={() => onFile(null)}
          >
            <Button icon={<UploadOutlined />}>{t('import.file.choose')}</Button>
          </Upload>
        </div>
      </Form.Item>
      <Form.Item>
        <Checkbox checked={dryRun} onChange={(e) => onDryRun(e.target.checked)} data-testid="import-dry-run">
          {t('import.dryRun')}
        </Checkbox>
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="import-error" />}
      <Space>
        <Button onClick={onBack} disabled={busy} data-testid="import-back">
          {t('import.back')}
        </Button>
        <Button
          type="primary"
          loading={busy}
          onClick={() => (file ? onStart() : setMissing(true))}
          data-testid="import-start"
        >
          {busy ? t('import.uploading') : t('import.start')}
        </Button>
      </Space>
    </Form>
  );
}
