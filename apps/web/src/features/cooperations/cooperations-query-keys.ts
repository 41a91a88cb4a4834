// Cache keys of coopérations and conventions.
export const cooperationsQueryKey = ['cooperations'] as const;
export const conventionsQueryKey = ['conventions'] as const;
export const organisationOptionsQueryKey = ['organisations', 'options'] as const;

export function cooperationQueryKey(id: string) {
  return ['cooperation', id] as const;
}

export function conventionQueryKey(id: string) {
  return ['convention', id] as const;
}
