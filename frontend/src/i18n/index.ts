export { I18nProvider, useI18n, type I18n, type Language } from './I18nProvider';
export type { MessageKey } from './messages';
export { useErrorMessage } from './useErrorMessage';
export {
  useImportFailureMessage,
  useImportIssueMessage,
  useUserErrorMessage,
  type UserErrorEntry,
} from './useUserErrorMessage';
