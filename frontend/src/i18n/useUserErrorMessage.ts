import { useCallback } from 'react';
import type { ImportFailureCode, ImportRowIssueCode, UserErrorCode } from '../gql/graphql';
import { isImportFailureCode, isImportIssueCode, isUserErrorCode } from './messages/errors';
import { useI18n } from './I18nProvider';

/** A mutation payload's `userErrors` entry: input that broke a rule; nothing was written. */
export interface UserErrorEntry {
  code: UserErrorCode;
}

/**
 * Turns a payload's user error into a sentence for the user, by its code — never the server's
 * message. The sentence reads well both beside its form field and on its own. A code this build
 * does not know (a newer server) gets a generic sentence that names it.
 */
export function useUserErrorMessage(): (error: UserErrorEntry) => string {
  const { t } = useI18n();
  return useCallback(
    (error: UserErrorEntry) =>
      isUserErrorCode(error.code) ? t(`userError.${error.code}`) : t('userError.unknown', { code: error.code }),
    [t],
  );
}

/** Turns an import's row error or warning into a sentence, by its code. */
export function useImportIssueMessage(): (issue: { code: ImportRowIssueCode }) => string {
  const { t } = useI18n();
  return useCallback(
    (issue: { code: ImportRowIssueCode }) =>
      isImportIssueCode(issue.code) ? t(`importIssue.${issue.code}`) : t('importIssue.unknown', { code: issue.code }),
    [t],
  );
}

/** Turns the reason an import's file was refused into a sentence, by its code. */
export function useImportFailureMessage(): (code: ImportFailureCode) => string {
  const { t } = useI18n();
  return useCallback(
    (code: ImportFailureCode) =>
      isImportFailureCode(code) ? t(`importFailure.${code}`) : t('importFailure.unknown', { code }),
    [t],
  );
}
