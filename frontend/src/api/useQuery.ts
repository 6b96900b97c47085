import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './client';
import { ApiError } from './errors';
import type { VariablesArg } from './transport';

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query when the component mounts and whenever its variables change.
 * A stale answer (variables changed while it was in flight) is dropped.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...args: VariablesArg<TVariables>
): QueryState<TResult> {
  const [data, setData] = useState<TResult>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(args[0] ?? null);
  const argsRef = useRef(args);
  argsRef.current = args;

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    request(document, ...argsRef.current)
      .then((result) => {
        if (current) setData(result);
      })
      .catch((cause: unknown) => {
        if (current) setError(cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause)));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [document, key, generation]);

  const refetch = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, loading, refetch };
}
