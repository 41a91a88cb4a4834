import { ApiError } from '../graphql/api-error';

/**
 * Error message per path of a nested form value: "code", "sectors" (the group), "sectors.0.percentage",
 * "countryCodes.1". The API names its field errors the same way (paths inside the GraphQL input).
 */
export type PathErrors = Readonly<Record<string, string>>;

interface ValidationIssue {
  path: readonly PropertyKey[];
  message: string;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** First message per path, in the order the schema reports them. */
export function pathErrorsFromIssues(issues: readonly ValidationIssue[]): PathErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[pathOf(issue.path)] ??= issue.message;
  return errors;
}

export function pathErrorsFromApi(error: unknown): PathErrors {
  return error instanceof ApiError ? error.fieldMessages() : {};
}

/** Whether a path is the prefix itself or lies below it ("sectors.0.percentage" is under "sectors"). */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

/** The id of the input that shows a path, so that the error summary can focus it. */
export function inputIdFor(formId: string, path: string): string {
  return `${formId}-${path.replace(/\./g, '-')}`;
}
