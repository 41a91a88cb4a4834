import { z } from 'zod';
import { isIsoDate } from '@passerelles/domain/calendar-date';
import { isAmount } from '@passerelles/domain/money';
import { isCountryCode } from '@passerelles/reference-data/countries';
import { useFrenchValidationMessages } from '../french-validation';
import { firstControlCharacter } from '../text-characters';

useFrenchValidationMessages();

const SINGLE_LINE_MESSAGE = 'Caractère non autorisé : ce champ tient sur une ligne, sans tabulation ni caractère de contrôle.';
const CONTROL_CHARACTER_MESSAGE = 'Caractère de contrôle non autorisé.';

/** One line of text: no line break, no tab, no control character (NUL included, which PostgreSQL cannot store). */
export const singleLine = (text: string) => firstControlCharacter(text, { allowLineBreaks: false }) === null;
/** Several lines: tabs and line breaks are welcome, other control characters are not. */
export const multiLine = (text: string) => firstControlCharacter(text, { allowLineBreaks: true }) === null;

/** Trimmed single-line text; an empty string counts as absent for optional fields. */
export const requiredText = (min: number, max: number) => z.string().trim().min(min).max(max).refine(singleLine, SINGLE_LINE_MESSAGE);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(singleLine, SINGLE_LINE_MESSAGE)
    .nullish()
    .transform((value) => (value ? value : null));

/** Trimmed text of several lines (summaries, objectives, notes). */
export const requiredMultilineText = (min: number, max: number) => z.string().trim().min(min).max(max).refine(multiLine, CONTROL_CHARACTER_MESSAGE);
export const optionalMultilineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(multiLine, CONTROL_CHARACTER_MESSAGE)
    .nullish()
    .transform((value) => (value ? value : null));

/** The free-text filter of a list (searched in codes, names, titles). */
export const searchTextFilter = z.string().trim().max(100).refine(singleLine, SINGLE_LINE_MESSAGE).nullish();

export const isoDateField = z.string().refine(isIsoDate, 'Date invalide (format attendu : AAAA-MM-JJ).');
export const optionalIsoDate = isoDateField.nullish().transform((value) => value ?? null);

/** Euros with at most two decimals, as a decimal string ("1234.56"): money is never a binary float. */
export const amountField = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s/g, '').replace(',', '.'))
  .refine(isAmount, 'Montant invalide : des chiffres, avec au plus deux décimales.')
  .refine((value) => !value.startsWith('-'), 'Le montant ne peut pas être négatif.');
export const optionalAmount = amountField.nullish().transform((value) => value ?? null);

export const countryCodeField = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'Pays inconnu (code ISO 3166-1 attendu, par exemple BF).');

export const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .nullish()
  .transform((value) => (value ? value.toLowerCase() : null))
  .refine((value) => value === null || z.email().safeParse(value).success, 'Adresse e-mail invalide.');

export const optionalUrl = z
  .string()
  .trim()
  .max(300)
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^https?:\/\/\S+$/.test(value), 'Adresse web invalide (elle commence par http:// ou https://).');

export const optionalUuid = z.uuid().nullish().transform((value) => value ?? null);

/** End on or after start, for any pair of optional dates (field names given for the message's path). */
export function endNotBeforeStart<T extends Record<string, unknown>>(startKey: keyof T & string, endKey: keyof T & string) {
  return (value: T, context: z.RefinementCtx) => {
    const start = value[startKey];
    const end = value[endKey];
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      context.addIssue({ code: 'custom', path: [endKey], message: 'La date de fin précède la date de début.' });
    }
  };
}
