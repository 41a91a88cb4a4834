import { formattingLocale } from '../i18n/i18n';

// Dates are shown in Europe/Paris whatever the browser's zone: the product's calendar is the French one.
const TIME_ZONE = 'Europe/Paris';

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/**
 * A calendar date ("2026-03-15") has no time zone: it is read and written as UTC midnight so that no zone can
 * move it to the day before.
 */
export function formatCalendarDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today in Paris, as "AAAA-MM-JJ" (the default of the date dialogs). */
export function todayIsoDate(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
