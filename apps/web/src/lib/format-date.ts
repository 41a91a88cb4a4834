import { formattingLocale } from '../i18n/i18n';

// Dates are shown in Europe/Paris whatever the browser's zone: the product's calendar is the French one.
const TIME_ZONE = 'Europe/Paris';

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}
