import { useEffect, useRef, useState } from 'react';
import { request } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { ImportJobFieldsFragment, ImportStatus } from '../../gql/graphql';
import { ImportJobQuery } from './documents';

export type ImportJob = ImportJobFieldsFragment;

/** How often a running job is asked for its progress. */
const POLL_MS = 500;

export function isRunning(status: ImportStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/**
 * Follows an import job: asks for it every 500 ms while it is queued or running, then calls
 * `onFinished` once with the finished job.
 */
export function useImportJob(
  initial: ImportJob,
  onFinished: (job: ImportJob) => void,
): { job: ImportJob; error: ApiError | undefined } {
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<ApiError>();
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { importJob } = await request(ImportJobQuery, { id: initial.id });
        if (stopped) return;
        setJob(importJob);
        if (isRunning(importJob.status)) timer = setTimeout(() => void poll(), POLL_MS);
        else onFinishedRef.current(importJob);
      } catch (cause) {
        if (!stopped) setError(cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause)));
      }
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [initial.id]);

  return { job, error };
}
