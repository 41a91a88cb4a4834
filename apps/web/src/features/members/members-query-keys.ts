// Cache keys of the administration data, shared by the screens that read it and the mutations that change it.
export const membersQueryKey = ['members'] as const;
export const pendingInvitationsQueryKey = ['pendingInvitations'] as const;
export const auditEventsQueryKey = ['auditEvents'] as const;
