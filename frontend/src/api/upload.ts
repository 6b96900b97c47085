import { withAccessToken } from './client';
import { ApiError, BAD_RESPONSE, NETWORK_ERROR } from './errors';
import type { ImportKind } from '../gql/graphql';

/**
 * Files go beside GraphQL, whose bodies stay small: `POST /uploads?name=…&kind=…` with the raw
 * bytes; `kind` (the import the file is for) decides which permission the upload needs.
 */
export const UPLOAD_ENDPOINT: string = import.meta.env.VITE_UPLOAD_URL ?? '/uploads';

/** What the server keeps of an upload until `startImport` uses it. */
export interface Upload {
  uploadId: string;
}

/** The server's HTTP errors carry `{"error": {"code", "message"}}`, the GraphQL codes. */
function httpErrorCode(status: number, body: unknown): string {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  if (typeof code === 'string') return code;
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 403) return 'FORBIDDEN';
  return `HTTP_${status}`;
}

async function postFile(file: File, kind: ImportKind, accessToken: string | null): Promise<Upload> {
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  let response: Response;
  try {
    const query = `name=${encodeURIComponent(file.name)}&kind=${encodeURIComponent(kind)}`;
    response = await fetch(`${UPLOAD_ENDPOINT}?${query}`, {
      method: 'POST',
      headers,
      body: file,
    });
  } catch (cause) {
    throw new ApiError(NETWORK_ERROR, cause instanceof Error ? cause.message : 'Network error');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(httpErrorCode(response.status, body), `Upload failed (HTTP ${response.status})`);
  const uploadId = (body as { uploadId?: unknown } | null)?.uploadId;
  if (typeof uploadId !== 'string') throw new ApiError(BAD_RESPONSE, 'The upload answer has no uploadId');
  return { uploadId };
}

/**
 * Uploads a file for a later `startImport`, as the signed-in user (renewing the token like
 * `request` does). Throws `ApiError`: PAYLOAD_TOO_LARGE (413), RATE_LIMITED (429), FORBIDDEN,
 * UNAUTHENTICATED, NETWORK…
 */
export function uploadFile(file: File, kind: ImportKind): Promise<Upload> {
  return withAccessToken((accessToken) => postFile(file, kind, accessToken));
}
