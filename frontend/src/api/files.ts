import { useEffect, useState } from 'react';
import { withAccessToken } from './client';
import { ApiError, NETWORK_ERROR } from './errors';

async function fetchBlob(url: string, accessToken: string | null): Promise<Blob> {
  const headers: Record<string, string> = {};
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch (cause) {
    throw new ApiError(NETWORK_ERROR, cause instanceof Error ? cause.message : 'Network error');
  }
  if (response.status === 401) throw new ApiError('UNAUTHENTICATED', 'HTTP 401');
  if (response.status === 403) throw new ApiError('FORBIDDEN', 'HTTP 403');
  if (response.status === 404) throw new ApiError('NOT_FOUND', 'HTTP 404');
  if (!response.ok) throw new ApiError(`HTTP_${response.status}`, `HTTP ${response.status}`);
  return response.blob();
}

/**
 * A file the server guards with the bearer token (e.g. an event's photo at
 * `/attachments/<id>`), fetched as the signed-in user (renewing the token like `request`).
 */
export function fetchProtectedFile(url: string): Promise<Blob> {
  return withAccessToken((accessToken) => fetchBlob(url, accessToken));
}

export interface ProtectedFileState {
  /** An object URL for `<img src>`, while the component lives. */
  objectUrl: string | undefined;
  error: ApiError | undefined;
}

/** Fetches a guarded file into an object URL, revoked when the component goes or the URL changes. */
export function useProtectedFile(url: string | null): ProtectedFileState {
  const [state, setState] = useState<ProtectedFileState>({ objectUrl: undefined, error: undefined });
  useEffect(() => {
    if (!url) return;
    let current = true;
    let objectUrl: string | undefined;
    setState({ objectUrl: undefined, error: undefined });
    fetchProtectedFile(url)
      .then((blob) => {
        if (!current) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ objectUrl, error: undefined });
      })
      .catch((cause: unknown) => {
        if (current) setState({ objectUrl: undefined, error: cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause)) });
      });
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return state;
}
