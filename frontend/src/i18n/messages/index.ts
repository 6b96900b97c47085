/**
 * UI strings, one file per concern, each with its Chinese and English part. Chinese is the
 * product's first language; English must define every key Chinese does (each file's English
 * part is typed by its Chinese keys, and `Messages` by all of them). `{name}` marks a parameter.
 * No server `message` is ever shown: every code the server answers with has a sentence in
 * `errors.ts`.
 */
import { archivesZh, archivesEn } from './archives';
import { authEn, authZh } from './auth';
import { commonEn, commonZh } from './common';
import { errorsEn, errorsZh } from './errors';
import { eventsEn, eventsZh } from './events';
import { importsEn, importsZh } from './imports';
import { partyEn, partyZh } from './party';
import { residentsEn, residentsZh } from './residents';

export const zh = {
  ...commonZh,
  ...authZh,
  ...errorsZh,
  ...residentsZh,
  ...archivesZh,
  ...importsZh,
  ...partyZh,
  ...eventsZh,
};

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  ...commonEn,
  ...authEn,
  ...errorsEn,
  ...residentsEn,
  ...archivesEn,
  ...importsEn,
  ...partyEn,
  ...eventsEn,
};
