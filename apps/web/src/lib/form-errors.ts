import { ApiError } from '../graphql/api-error';

/** Error message per form field; absent key = no error. */
export type FieldErrors<TField extends string> = Partial<Record<TField, string>>;

interface ValidationIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** First message per top-level field, in the order the schema reports them. */
export function fieldErrorsFromIssues<TField extends string>(issues: readonly ValidationIssue[], fields: readonly TField[]): FieldErrors<TField> {
  const errors: FieldErrors<TField> = {};
  for (const issue of issues) {
    const [head] = issue.path;
    const field = fields.find((candidate) => candidate === head);
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

/** The API names fields as the GraphQL input does, which the forms reuse as their field names. */
export function fieldErrorsFromApi<TField extends string>(error: unknown, fields: readonly TField[]): FieldErrors<TField> {
  if (!(error instanceof ApiError)) return {};
  const messages = error.fieldMessages();
  const errors: FieldErrors<TField> = {};
  for (const field of fields) {
    const message = messages[field];
    if (message !== undefined) errors[field] = message;
  }
  return errors;
}

export function hasErrors<TField extends string>(errors: FieldErrors<TField>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
