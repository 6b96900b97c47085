/** The signed-in session's tokens, kept in localStorage so a reload stays signed in. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** RFC 3339 time after which the server rejects the access token. */
  accessTokenExpiresAt: string;
}

const STORAGE_KEY = 'gridgov.tokens';

function isTokenPair(value: unknown): value is TokenPair {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.accessToken === 'string' &&
    typeof v.refreshToken === 'string' &&
    typeof v.accessTokenExpiresAt === 'string'
  );
}

export function loadTokens(): TokenPair | null {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isTokenPair(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveTokens(tokens: TokenPair): void {
  const { accessToken, refreshToken, accessTokenExpiresAt } = tokens;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ accessToken, refreshToken, accessTokenExpiresAt }));
}

export function clearTokens(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/** True when the access token expires within `marginMs` (clock skew and request time). */
export function isAccessTokenExpiring(tokens: TokenPair, marginMs = 30_000): boolean {
  const expiresAt = Date.parse(tokens.accessTokenExpiresAt);
  return Number.isFinite(expiresAt) && expiresAt - Date.now() < marginMs;
}
