import { formattingLocale } from '../../i18n/i18n';

/** "245 ko", "1,2 Mo" in French ("kB", "MB" in English). */
export function formatFileSize(bytes: number, language: string): string {
  const locale = formattingLocale(language);
  if (bytes < 1024 * 1024) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}
