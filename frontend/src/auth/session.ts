import { ApiError, NETWORK_ERROR } from '../api/errors';
import { postGraphQL } from '../api/transport';
import { RefreshTokenMutation } from './documents';
import { clearTokens, loadTokens, saveTokens, type TokenPair } from './tokens';

type Listener = () => void;
const expiredListeners = new Set<Listener>();

/** Called when the session cannot be renewed; the app then shows the sign-in page. */
export function onSessionExpired(listener: Listener): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

/** Forgets the tokens and tells the app to sign in again. */
export function expireSession(): void {
  clearTokens();
  expiredListeners.forEach((listener) => listener());
}

let inFlight: Promise<TokenPair> | null = null;

/**
 * Exchanges the stored refresh token for a new pair. Single-flight: concurrent callers
 * share one `refreshToken` call, since the server rotates refresh tokens and a second
 * call with the old one would be rejected.
 *
 * `staleAccessToken` is the token that was just rejected: when another tab (or an
 * earlier refresh) already replaced it, the stored pair is used without a new call.
 *
 * Throws `ApiError`; on anything but a network failure the session is expired.
 */
export function refreshSession(staleAccessToken?: string): Promise<TokenPair> {
  const current = loadTokens();
  if (!current) return Promise.reject(new ApiError('UNAUTHENTICATED', 'Not signed in'));
  if (staleAccessToken !== undefined && current.accessToken !== staleAccessToken) {
    return Promise.resolve(current);
  }
  if (!inFlight) {
    inFlight = postGraphQL(RefreshTokenMutation, { input: { refreshToken: current.refreshToken } }, null)
      .then(({ refreshToken: pair }) => {
        saveTokens(pair);
        return pair;
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.code === NETWORK_ERROR)) expireSession();
        throw error;
      })
      .finally(() => {
        inFlight = null;
      });
  }
  return inFlight;
}
