export const tenantSettingsQueryKey = ['tenantSettings'] as const;
