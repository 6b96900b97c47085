import { Card, Empty, Steps } from 'antd';
import { useState } from 'react';
import { IMPORT_KINDS } from '../../archives/labels';
import { request } from '../../api/client';
import { uploadFile } from '../../api/upload';
import { usePermissions, type Permission } from '../../auth/permissions';
import type { ImportKind } from '../../gql/graphql';
import { useErrorMessage, useI18n, useUserErrorMessage } from '../../i18n';
import { StartImportMutation } from './documents';
import { ImportFileStep } from './ImportFileStep';
import { ImportKindStep } from './ImportKindStep';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { isRunning, type ImportJob } from './useImportJob';

/** Which permission each import needs (the server checks it again). */
const KIND_PERMISSION: Record<ImportKind, Permission> = {
  RESIDENTS: 'resident:write',
  HOUSES: 'place:write',
  STAFF: 'team:write',
  PARTY_MEMBERS: 'party:write',
};

/** Where the wizard is; a started job remembers its upload so a dry run can be written for real. */
type Stage =
  | { step: 'kind' }
  | { step: 'file' }
  | { step: 'progress'; job: ImportJob; uploadId: string }
  | { step: 'result'; job: ImportJob; uploadId: string };

const STEP_INDEX: Record<Stage['step'], number> = { kind: 0, file: 1, progress: 2, result: 3 };

/**
 * 数据导入: pick a kind (and its template), choose a file and whether to only check it,
 * watch the job, read the result with its per-row errors.
 */
export function ImportPage() {
  const { t } = useI18n();
  const can = usePermissions();
  const errorMessage = useErrorMessage();
  const userErrorMessage = useUserErrorMessage();
  const kinds = IMPORT_KINDS.filter((k) => can(KIND_PERMISSION[k]));
  const [kind, setKind] = useState<ImportKind | undefined>(kinds[0]);
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [stage, setStage] = useState<Stage>({ step: 'kind' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  /** Uploads the chosen file (unless it is already uploaded) and starts the job. */
  const start = async (uploaded: string | null, asDryRun: boolean) => {
    if (!kind || (!uploaded && !file)) return;
    setBusy(true);
    setError(undefined);
    try {
      const uploadId = uploaded ?? (await uploadFile(file!, kind)).uploadId;
      const { startImport } = await request(StartImportMutation, { input: { kind, uploadId, dryRun: asDryRun } });
      const [userError] = startImport.userErrors;
      if (userError || !startImport.job) {
        setError(userError ? userErrorMessage(userError) : t('error.unknown', { code: 'IMPORT' }));
        setStage({ step: 'file' });
        return;
      }
      const { job } = startImport;
      setStage(isRunning(job.status) ? { step: 'progress', job, uploadId } : { step: 'result', job, uploadId });
    } catch (cause) {
      setError(errorMessage(cause));
      setStage({ step: 'file' });
    } finally {
      setBusy(false);
    }
  };

  if (kinds.length === 0) {
    return (
      <Card size="small" title={t('import.title')}>
        <Empty description={t('error.FORBIDDEN')} />
      </Card>
    );
  }

  return (
    <Card size="small" title={t('import.title')} data-testid="import-wizard">
      <Steps
        current={STEP_INDEX[stage.step]}
        style={{ marginBottom: 24, maxWidth: 900 }}
        items={[
          { title: t('import.step.kind') },
          { title: t('import.step.file') },
          { title: t('import.step.progress') },
          { title: t('import.step.result') },
        ]}
      />
      {stage.step === 'kind' && (
        <ImportKindStep kinds={kinds} kind={kind} onKind={setKind} onNext={() => setStage({ step: 'file' })} />
      )}
      {stage.step === 'file' && (
        <ImportFileStep
          file={file}
          dryRun={dryRun}
          busy={busy}
          error={error}
          onFile={(chosen) => {
            setFile(chosen);
            setError(undefined);
          }}
          onDryRun={setDryRun}
          onBack={() => setStage({ step: 'kind' })}
          onStart={() => void start(null, dryRun)}
        />
      )}
      {stage.step === 'progress' && (
        <ImportProgress
          key={stage.job.id}
          job={stage.job}
          onFinished={(job) => setStage({ step: 'result', job, uploadId: stage.uploadId })}
        />
      )}
      {stage.step === 'result' && (
        <ImportResult
          job={stage.job}
          busy={busy}
          onAgain={() => {
            setFile(null);
            setStage({ step: 'file' });
          }}
          onCommit={() => void start(stage.uploadId, false)}
        />
      )}
    </Card>
  );
}
