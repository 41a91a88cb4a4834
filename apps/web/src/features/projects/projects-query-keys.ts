// Cache keys of the project data, shared by the screens that read it and the mutations that change it.
export const projectsQueryKey = ['projects'] as const;
export const projectInvitationsQueryKey = ['projectInvitations'] as const;
export const projectFormOptionsQueryKey = ['projectFormOptions'] as const;

export function projectQueryKey(id: string) {
  return ['project', id] as const;
}

export function projectAuditQueryKey(id: string) {
  return ['auditEvents', 'Project', id] as const;
}
