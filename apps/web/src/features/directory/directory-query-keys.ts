// Cache keys of the partner directory.
export const organisationsQueryKey = ['organisations'] as const;

export function organisationQueryKey(id: string) {
  return ['organisation', id] as const;
}
