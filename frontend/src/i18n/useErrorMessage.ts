import { useCallback } from 'react';
import { errorCode } from '../api/errors';
import { isErrorCode } from './messages/errors';
import { useI18n } from './I18nProvider';

/**
 * Turns any thrown error into a sentence for the user, by its `extensions.code` (or the
 * client's own code); never the server's message. A code this build does not know (a newer
 * server) gets a generic sentence that names it.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      const code = errorCode(error);
      return isErrorCode(code) ? t(`error.${code}`) : t('error.unknown', { code });
    },
    [t],
  );
}
