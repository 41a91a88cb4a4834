import { useCallback, useState, type FocusEvent } from 'react';
import { isUnder, pathErrorsFromApi, pathErrorsFromIssues, type PathErrors } from './path-errors';
import type { FormSchema } from './use-form-state';

/**
 * Values, errors and validation of a form whose value is nested (lists of sectors, parties, places…), checked
 * with one of the shared schemas. `toInput` turns what the inputs hold (strings) into what the schema reads
 * (numbers, nulls, absent fields). Errors are keyed by path, like the API's field errors.
 */
export function useStructuredForm<TValues, TOutput>(schema: FormSchema<TOutput>, toInput: (values: TValues) => unknown, initial: TValues | (() => TValues)) {
  // Read once, at mount (a function is called then only): the form is mounted when its data is loaded.
  const [values, setValues] = useState<TValues>(initial);
  const [errors, setErrors] = useState<PathErrors>({});
  // Incremented at each failed submit: the error summary takes focus again even when its content is unchanged.
  const [attempt, setAttempt] = useState(0);

  const check = useCallback(
    (candidate: TValues): PathErrors => {
      const result = schema.safeParse(toInput(candidate));
      return result.success ? {} : pathErrorsFromIssues(result.error.issues);
    },
    [schema, toInput],
  );

  const update = useCallback((change: (previous: TValues) => TValues) => setValues(change), []);

  /**
   * Re-checks the paths under these prefixes (on blur, or after a row was added or removed) and leaves the
   * other errors as they are: a person is not told about fields they have not reached yet.
   */
  const validatePaths = useCallback(
    (prefixes: readonly string[], event?: FocusEvent) => {
      // Leaving the field for the submit button: the submit checks everything anyway, and a message appearing
      // now would shift the button away from under the pointer before the click lands.
      const next = event?.relatedTarget;
      if (next instanceof HTMLButtonElement && next.type === 'submit') return;
      const found = check(values);
      setErrors((previous) => {
        const kept = Object.entries(previous).filter(([path]) => !prefixes.some((prefix) => isUnder(path, prefix)));
        const fresh = Object.entries(found).filter(([path]) => prefixes.some((prefix) => isUnder(path, prefix)));
        return Object.fromEntries([...kept, ...fresh]);
      });
    },
    [check, values],
  );

  /** Forgets the errors under a prefix: after a row is removed, the indexes of the others change. */
  const clearPaths = useCallback((prefix: string) => {
    setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([path]) => !isUnder(path, prefix))));
  }, []);

  /** Checks everything; returns the parsed (normalised) value, or null after showing the errors. */
  const validate = useCallback((): TOutput | null => {
    const result = schema.safeParse(toInput(values));
    if (result.success) {
      setErrors({});
      return result.data;
    }
    setErrors(pathErrorsFromIssues(result.error.issues));
    setAttempt((count) => count + 1);
    return null;
  }, [schema, toInput, values]);

  const showApiError = useCallback((error: unknown) => {
    setErrors(pathErrorsFromApi(error));
    setAttempt((count) => count + 1);
  }, []);

  return { values, update, errors, validatePaths, clearPaths, validate, showApiError, attempt };
}
