import { useCallback } from 'react';
import type { UserErrorCode } from '../gql/graphql';
import type { MessageKey } from './messages';
import { useI18n } from './I18nProvider';

/** A mutation payload's `userErrors` entry: input that broke a rule; nothing was written. */
export interface UserErrorEntry {
  code: UserErrorCode;
  message: string;
}

/** Codes with their own sentence; the rest show the server's message. */
const LOCALISED = new Set<UserErrorCode>(['UPLOAD_NOT_FOUND', 'UNREADABLE_FILE']);

/** Turns a payload's first user error into a sentence for the user. */
export function useUserErrorMessage(): (error: UserErrorEntry) => string {
  const { t } = useI18n();
  return useCallback(
    (error: UserErrorEntry) =>
      LOCALISED.has(error.code)
        ? t(`userError.${error.code}` as MessageKey)
        : t('userError.unknown', { message: error.message }),
    [t],
  );
}

/** Codes whose meaning is clear next to the field they name; the rest show the server's message. */
const LOCALISED_AT_FIELD = new Set<UserErrorCode>([
  'REQUIRED',
  'INVALID_NAME',
  'INVALID_PHONE',
  'ID_CARD_WRONG_LENGTH',
  'ID_CARD_BAD_CHARACTERS',
  'ID_CARD_BAD_BIRTH_DATE',
  'ID_CARD_BAD_CHECKSUM',
  'ID_CARD_TAKEN',
  'VERSION_CONFLICT',
]);

/** A user error shown beside its form field: a short localised text, else the server's message. */
export function useFieldErrorMessage(): (error: UserErrorEntry) => string {
  const { t } = useI18n();
  return useCallback(
    (error: UserErrorEntry) =>
      LOCALISED_AT_FIELD.has(error.code) ? t(`fieldError.${error.code}` as MessageKey) : error.message,
    [t],
  );
}
