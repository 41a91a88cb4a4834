import type { FocusEvent } from 'react';
import type { SummaryEntry } from '../ui/error-summary';
import type { FieldErrors } from './form-errors';

/** The part of useFormState's result that binds inputs. */
interface BindableForm<TField extends string> {
  values: Record<TField, string>;
  errors: FieldErrors<TField>;
  setValue: (field: TField, value: string) => void;
  validateField: (field: TField, event: FocusEvent) => void;
}

/** Props of a text or select field bound to the form: id, name, label, value, error, change and blur. */
export function fieldBinder<TField extends string>(form: BindableForm<TField>, idPrefix: string, labels: Record<TField, string>) {
  return (field: TField) => ({
    id: `${idPrefix}-${field}`,
    name: field,
    label: labels[field],
    value: form.values[field],
    error: form.errors[field],
    onValueChange: (value: string) => form.setValue(field, value),
    onBlur: (event: FocusEvent) => form.validateField(field, event),
  });
}

/** The error summary's entries, in the order of the fields, each linking to its input. */
export function summaryEntries<TField extends string>(form: BindableForm<TField>, fields: readonly TField[], idPrefix: string, labels: Record<TField, string>): SummaryEntry[] {
  return fields.flatMap((field) => {
    const message = form.errors[field];
    return message ? [{ fieldId: `${idPrefix}-${field}`, label: labels[field], message }] : [];
  });
}
