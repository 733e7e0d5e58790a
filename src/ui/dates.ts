/**
 * Dates in the reader's language from the UI strings ("November 2026", "1 Desember 2026"). Not Intl: building the
 * first Intl date format costs a cheap phone a long pause (its locale data is loaded then), and it came at the moment
 * an ending showed its lesson cards. Every language of the app has its month names in its locale file.
 */
import type { TFunction } from 'i18next';

/** A month written "YYYY-MM" (as the facts' checked dates are). */
export function formatMonth(t: TFunction, month: string): string {
  const [year, number] = month.split('-').map(Number);
  return t('date.month-year', { month: t(`date.month-${number}`), year });
}

/** A moment (an ISO date) as its day. */
export function formatDay(t: TFunction, iso: string): string {
  const date = new Date(iso);
  return t('date.day-month-year', { day: date.getDate(), month: t(`date.month-${date.getMonth() + 1}`), year: date.getFullYear() });
}
