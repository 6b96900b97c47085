import dayjs from 'dayjs';

/** A `DateTime` as the pages show it: `2026-11-22 14:05`. */
export function formatDateTime(value: string | null | undefined, none = '—'): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : none;
}

/** A rate 0..1 as a percentage (`87.5%`); null (nothing to divide by) as a dash. */
export function formatRate(rate: number | null | undefined, none = '—'): string {
  return rate === null || rate === undefined ? none : `${(rate * 100).toFixed(1)}%`;
}

/** The first and last day of the month of `day`, as `NaiveDate`s. */
export function monthOf(day = dayjs()): { from: string; to: string } {
  return { from: day.startOf('month').format('YYYY-MM-DD'), to: day.endOf('month').format('YYYY-MM-DD') };
}
