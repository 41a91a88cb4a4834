// Cache keys of the deliberations.
export const deliberationsQueryKey = ['deliberations'] as const;
export const deliberationFormOptionsQueryKey = ['deliberations', 'options'] as const;

export function deliberationQueryKey(id: string) {
  return ['deliberation', id] as const;
}
