import { useCallback } from 'react';
import { errorCode } from '../api/errors';
import type { MessageKey } from './messages';
import { useI18n } from './I18nProvider';

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'ACCOUNT_LOCKED',
  'TENANT_SUSPENDED',
  'RATE_LIMITED',
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'NETWORK',
  'PAYLOAD_TOO_LARGE',
  'CONFLICT',
  'INVALID_TRANSITION',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'QUERY_REJECTED',
]);

/** Turns any thrown error into a sentence for the user, by its `extensions.code`. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      const code = errorCode(error);
      return KNOWN_CODES.has(code) ? t(`error.${code}` as MessageKey) : t('error.unknown', { code });
    },
    [t],
  );
}
