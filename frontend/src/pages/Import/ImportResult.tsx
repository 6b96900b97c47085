import { Alert, Button, Col, Result, Row, Space, Statistic, Table, Typography } from 'antd';
import { useI18n, useImportFailureMessage, useImportIssueMessage } from '../../i18n';
import type { ImportJob } from './useImportJob';

/** A cell the report points at: an error (nothing written) or a warning (imported anyway). */
type RowIssue = ImportJob['errors'][number] | ImportJob['warnings'][number];

interface ImportResultProps {
  job: ImportJob;
  busy: boolean;
  onAgain: () => void;
  /** Offered after a dry run that passed: the same upload, written for real. */
  onCommit: () => void;
}

/** Step 4: the outcome, the counts, the rows that need fixing, and the cells worth a look. */
export function ImportResult({ job, busy, onAgain, onCommit }: ImportResultProps) {
  const { t } = useI18n();
  const failureMessage = useImportFailureMessage();
  const succeeded = job.status === 'SUCCEEDED';
  const title = succeeded
    ? t(job.dryRun ? 'import.result.dryRunSucceeded' : 'import.result.succeeded')
    : t(job.dryRun ? 'import.result.dryRunFailed' : 'import.result.failed');

  return (
    <div data-testid="import-result" data-status={job.status}>
      <Result
        status={succeeded ? 'success' : 'error'}
        title={<span data-testid="import-result-title">{title}</span>}
        subTitle={t('import.result.file', { fileName: job.fileName })}
        extra={
          <Space>
            {succeeded && job.dryRun && (
              <Button type="primary" loading={busy} onClick={onCommit} data-testid="import-commit">
                {t('import.commit')}
              </Button>
            )}
            <Button onClick={onAgain} data-testid="import-again">
              {t('import.again')}
            </Button>
          </Space>
        }
      />
      <Row gutter={16} style={{ maxWidth: 720, marginBottom: 16 }}>
        <Col span={6}>
          <Statistic title={t('import.result.total')} value={job.totalRows} />
        </Col>
        <Col span={6}>
          <Statistic title={t('import.result.created')} value={job.createdCount} data-testid="import-created" />
        </Col>
        <Col span={6}>
          <Statistic title={t('import.result.updated')} value={job.updatedCount} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('import.result.errors')}
            value={job.errorCount}
            valueStyle={job.errorCount > 0 ? { color: '#cf1322' } : undefined}
          />
        </Col>
      </Row>
      {job.failureCode && (
        <Alert
          type="error"
          showIcon
          message={failureMessage(job.failureCode)}
          style={{ marginBottom: 16 }}
          data-testid="import-failure"
        />
      )}
      {job.errors.length > 0 && <RowErrors job={job} />}
      {job.warnings.length > 0 && <RowWarnings job={job} />}
    </div>
  );
}

function RowErrors({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  return (
    <>
      {job.errorCount > job.errors.length && (
        <Typography.Paragraph type="secondary">
          {t('import.result.errorsShown', { count: job.errorCount, shown: job.errors.length })}
        </Typography.Paragraph>
      )}
      <RowIssueTable rows={job.errors} testId="import-errors" />
    </>
  );
}

/**
 * Cells that start with =, +, - or @: imported as they are, but a spreadsheet opening them
 * from a CSV file could run them as formulas, so the person importing should check them.
 */
function RowWarnings({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  return (
    <div style={{ marginTop: 16 }}>
      <Alert
        type="warning"
        showIcon
        message={t('import.result.warningsTitle', { count: job.warningCount })}
        description={t('import.result.warningsHint')}
        style={{ marginBottom: 8 }}
        data-testid="import-warnings-alert"
      />
      {job.warningCount > job.warnings.length && (
        <Typography.Paragraph type="secondary">
          {t('import.result.warningsShown', { count: job.warningCount, shown: job.warnings.length })}
        </Typography.Paragraph>
      )}
      <RowIssueTable rows={job.warnings} testId="import-warnings" />
    </div>
  );
}

function RowIssueTable({ rows, testId }: { rows: RowIssue[]; testId: string }) {
  const { t } = useI18n();
  const issueMessage = useImportIssueMessage();
  return (
    <Table<RowIssue>
      size="small"
      rowKey={(e) => `${e.row}\u0000${e.column}\u0000${e.code}`}
      dataSource={rows}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      data-testid={testId}
      columns={[
        { title: t('import.result.row'), dataIndex: 'row', width: 80 },
        {
          title: t('import.result.column'),
          dataIndex: 'column',
          width: 160,
          render: (column: string) => column || t('import.result.wholeRow'),
        },
        { title: t('import.result.message'), key: 'message', render: (_, issue) => issueMessage(issue) },
      ]}
    />
  );
}
