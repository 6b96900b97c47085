import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError, errorCode } from '../api/errors';
import { useI18n } from '../i18n';
import type { FieldUserError } from '../pages/Party/useFormUserErrors';

/**
 * A payload's `userErrors`, with a stale version turned into the `CONFLICT` error it means
 * (some mutations say VERSION_CONFLICT as a user error): the event is reloaded either way.
 */
export function userErrorsOf(payload: { userErrors: readonly FieldUserError[] }): readonly FieldUserError[] {
  const stale = payload.userErrors.find((e) => e.code === 'VERSION_CONFLICT');
  if (stale) throw new ApiError('CONFLICT', 'VERSION_CONFLICT');
  return payload.userErrors;
}

/**
 * For an action modal's `onError`: a stale version (CONFLICT) or an edge the event no longer
 * has (INVALID_TRANSITION) is said as a message and the event reloaded; the modal closes.
 */
export function useStaleEventHandler(reload: () => void): (cause: unknown) => boolean {
  const { t } = useI18n();
  const { message } = App.useApp();
  return useCallback(
    (cause: unknown) => {
      const code = errorCode(cause);
      if (code !== 'CONFLICT' && code !== 'INVALID_TRANSITION') return false;
      void message.warning(t(code === 'CONFLICT' ? 'events.conflict' : 'events.invalidTransition'));
      reload();
      return true;
    },
    [message, reload, t],
  );
}
