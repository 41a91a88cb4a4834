import { useCallback, useState, type FocusEvent } from 'react';
import { fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors } from './form-errors';

interface ValidationIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** What the shared zod schemas offer; typed structurally so that the web app does not depend on zod itself. */
export interface FormSchema<TOutput> {
  safeParse(input: unknown): { success: true; data: TOutput } | { success: false; error: { issues: readonly ValidationIssue[] } };
}

/**
 * Empty fields are sent to the schema as missing, so that the message is "Ce champ est obligatoire." rather than
 * a length or format complaint about an empty string.
 */
function withoutEmptyStrings<TField extends string>(values: Record<TField, string>): Partial<Record<TField, string>> {
  const cleaned: Partial<Record<TField, string>> = {};
  for (const [field, value] of Object.entries(values) as [TField, string][]) {
    if (value !== '') cleaned[field] = value;
  }
  return cleaned;
}

/**
 * Values, errors and validation of a form checked with one of the shared schemas (the server runs the same
 * schemas, so the messages match). Errors appear on submit, and on blur for a field already in error or filled.
 */
export function useFormState<TField extends string, TOutput>(
  schema: FormSchema<TOutput>,
  fields: readonly TField[],
  initial: Record<TField, string>,
  /** Shown for any empty field in error (a select left on "Choisir…" would otherwise get "Valeur non autorisée."). */
  requiredMessage: string,
) {
  const [values, setValues] = useState<Record<TField, string>>(initial);

  const [errors, setErrors] = useState<FieldErrors<TField>>({});
  // Incremented at each failed submit: the error summary takes focus again even when its content is unchanged.
  const [attempt, setAttempt] = useState(0);

  const errorsOf = useCallback(
    (issues: readonly ValidationIssue[]): FieldErrors<TField> => {
      const found = fieldErrorsFromIssues(issues, fields);
      for (const field of fields) {
        if (found[field] !== undefined && values[field].trim() === '') found[field] = requiredMessage;
      }
      return found;
    },
    [fields, values, requiredMessage],
  );

  const setValue = useCallback((field: TField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  }, []);

  const validateField = useCallback(
    (field: TField, event?: FocusEvent) => {
      // Leaving the field for the submit button: the submit checks everything anyway, and a message appearing
      // now would shift the button away from under the pointer before the click lands.
      const next = event?.relatedTarget;
      if (next instanceof HTMLButtonElement && next.type === 'submit') return;
      if (values[field] === '' && errors[field] === undefined) return;
      const result = schema.safeParse(withoutEmptyStrings(values));
      const found: FieldErrors<TField> = result.success ? {} : errorsOf(result.error.issues);
      setErrors((previous) => ({ ...previous, [field]: found[field] }));
    },
    [values, errors, schema, errorsOf],
  );

  /** Checks every field; returns the parsed (normalised) values, or null after showing the errors. */
  const validate = useCallback((): TOutput | null => {
    const result = schema.safeParse(withoutEmptyStrings(values));
    if (result.success) {
      setErrors({});
      return result.data;
    }
    setErrors(errorsOf(result.error.issues));
    setAttempt((count) => count + 1);
    return null;
  }, [values, schema, errorsOf]);

  const showApiError = useCallback(
    (error: unknown) => {
      setErrors(fieldErrorsFromApi(error, fields));
      setAttempt((count) => count + 1);
    },
    [fields],
  );

  const reset = useCallback(
    (next: Record<TField, string> = initial) => {
      setValues(next);
      setErrors({});
      setAttempt(0);
    },
    [initial],
  );

  return { values, setValue, errors, validateField, validate, showApiError, attempt, reset };
}
