import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request, requestAnonymous } from '../api/client';
import { ApiError } from '../api/errors';
import type { MeQuery as MeQueryResult } from '../gql/graphql';
import { LoginMutation, LogoutMutation, MeQuery } from './documents';
import { onSessionExpired } from './session';
import { clearTokens, loadTokens, saveTokens } from './tokens';

export type Viewer = MeQueryResult['me'];

export interface Credentials {
  tenantCode: string;
  username: string;
  password: string;
}

export type AuthState =
  | { status: 'restoring' }
  | { status: 'signedOut'; sessionExpired: boolean }
  | { status: 'unavailable'; error: ApiError }
  | { status: 'signedIn'; viewer: Viewer };

export interface Auth {
  state: AuthState;
  /** Throws `ApiError` (UNAUTHENTICATED, ACCOUNT_LOCKED, TENANT_SUSPENDED, RATE_LIMITED…). */
  signIn: (credentials: Credentials) => Promise<void>;
  signOut: () => Promise<void>;
  retry: () => void;
}

const AuthContext = createContext<Auth | null>(null);

async function fetchViewer(): Promise<Viewer> {
  return (await request(MeQuery)).me;
}

/** Restores the session from stored tokens, and signs in and out. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() =>
    loadTokens() ? { status: 'restoring' } : { status: 'signedOut', sessionExpired: false },
  );

  const restore = useCallback(() => {
    if (!loadTokens()) {
      setState({ status: 'signedOut', sessionExpired: false });
      return;
    }
    setState({ status: 'restoring' });
    fetchViewer()
      .then((viewer) => setState({ status: 'signedIn', viewer }))
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code !== 'UNAUTHENTICATED' && loadTokens()) {
          // Server down or broken: keep the tokens and offer a retry.
          setState({ status: 'unavailable', error });
        } else {
          clearTokens();
          setState({ status: 'signedOut', sessionExpired: false });
        }
      });
  }, []);

  useEffect(() => {
    restore();
  }, [restore]);

  useEffect(
    () =>
      onSessionExpired(() => {
        setState((previous) => ({
          status: 'signedOut',
          sessionExpired: previous.status === 'signedIn',
        }));
      }),
    [],
  );

  const signIn = useCallback(async (credentials: Credentials) => {
    const { login } = await requestAnonymous(LoginMutation, { input: credentials });
    saveTokens(login);
    try {
      const viewer = await fetchViewer();
      setState({ status: 'signedIn', viewer });
    } catch (error) {
      clearTokens();
      throw error;
    }
  }, []);

  const signOut = useCallback(async () => {
    try {
      await request(LogoutMutation);
    } catch {
      // Signing out locally matters more than telling the server.
    }
    clearTokens();
    setState({ status: 'signedOut', sessionExpired: false });
  }, []);

  const value = useMemo<Auth>(() => ({ state, signIn, signOut, retry: restore }), [state, signIn, signOut, restore]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** The signed-in viewer; only for components rendered behind the sign-in gate. */
export function useViewer(): Viewer {
  const { state } = useAuth();
  if (state.status !== 'signedIn') throw new Error('useViewer needs a signed-in session');
  return state.viewer;
}
