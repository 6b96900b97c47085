import { Alert, Progress, Space, Tag, Typography } from 'antd';
import { useArchiveLabels } from '../../archives/labels';
import { useErrorMessage, useI18n } from '../../i18n';
import { useImportJob, type ImportJob } from './useImportJob';

interface ImportProgressProps {
  job: ImportJob;
  onFinished: (job: ImportJob) => void;
}

/** Step 3: the running job's status and rows processed, polled until it finishes. */
export function ImportProgress({ job: started, onFinished }: ImportProgressProps) {
  const { t } = useI18n();
  const labels = useArchiveLabels();
  const errorMessage = useErrorMessage();
  const { job, error } = useImportJob(started, onFinished);
  const percent = job.totalRows > 0 ? Math.floor((job.processedRows / job.totalRows) * 100) : 0;

  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }} data-testid="import-progress">
      <Space>
        <Typography.Text strong>{job.fileName}</Typography.Text>
        <Tag color="processing">{labels.importStatus(job.status)}</Tag>
      </Space>
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary">
        {t('import.progress.rows', { processed: job.processedRows, total: job.totalRows })}
      </Typography.Text>
      {error && <Alert type="error" showIcon message={errorMessage(error)} />}
    </Space>
  );
}
