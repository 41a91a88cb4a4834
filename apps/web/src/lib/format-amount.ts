import { formattingLocale } from '../i18n/i18n';

/**
 * Amounts travel as decimal strings ("1234.50"). Converting to a number is only done here, for display: the
 * euros shown never exceed what a double holds exactly to the cent.
 */
export function formatAmount(value: string, language: string): string {
  return new Intl.NumberFormat(formattingLocale(language), { style: 'currency', currency: 'EUR' }).format(Number(value));
}

/** A percentage given as a decimal string ("33.33"), shown as "33,33 %". */
export function formatPercentage(value: string, language: string): string {
  return new Intl.NumberFormat(formattingLocale(language), { maximumFractionDigits: 2 }).format(Number(value)) + '\u00a0%';
}

/** The decimal string of an amount as people type it again in a form: "1234,50" in French. */
export function amountForInput(value: string | null | undefined, language: string): string {
  if (!value) return '';
  return language === 'en' ? value : value.replace('.', ',');
}
