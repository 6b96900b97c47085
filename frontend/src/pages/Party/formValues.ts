import type { Dayjs } from 'dayjs';

/** A DatePicker's value as the server's `NaiveDate` (`2026-11-22`). */
export function isoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** A text input's value trimmed; blank is left out. */
export function text(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}
