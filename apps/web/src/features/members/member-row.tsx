import { MEMBER_ROLES } from '@passerelles/domain/member-role';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MemberRole, MembersQuery } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatDate } from '../../lib/format-date';
import { viewerQueryKey } from '../auth/use-viewer';
import { auditEventsQueryKey, membersQueryKey } from './members-query-keys';
import { ChangeMemberRoleMutation } from './members.operations';

type Member = MembersQuery['members']['edges'][number]['node'];

interface MemberRowProps {
  member: Member;
  isViewer: boolean;
  canManage: boolean;
  onAnnounce: (message: string) => void;
  onRemove: () => void;
}

export function MemberRow({ member, isViewer, canManage, onAnnounce, onRemove }: MemberRowProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const changeRole = useMutation({
    mutationFn: (role: MemberRole) => request(ChangeMemberRoleMutation, { input: { membershipId: member.id, role } }),
    onSuccess: async (result) => {
      onAnnounce(t('members.roleChanged', { name: result.changeMemberRole.name, role: t(`roles.${result.changeMemberRole.role}`) }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: membersQueryKey }),
        queryClient.invalidateQueries({ queryKey: auditEventsQueryKey }),
        // Changing one's own role changes what the session may do.
        isViewer ? queryClient.invalidateQueries({ queryKey: viewerQueryKey }) : Promise.resolve(),
      ]);
    },
  });

  const selectId = `member-role-${member.id}`;
  const nameId = `member-${member.id}-name`;
  const errorId = `${selectId}-error`;
  const shownRole = changeRole.isPending ? changeRole.variables : member.role;

  return (
    <tr>
      <td id={nameId} className="table__name">
        {member.name}
        {isViewer && <span className="table__muted"> {t('members.you')}</span>}
      </td>
      <td className="table__email">{member.email}</td>
      <td>
        {canManage ? (
          <div className="inline-field">
            <select
              id={selectId}
              // The column header is the visible label; the name says whose role it is. aria-label rather than hidden
              // text: hidden text in the cell would become part of the cell's own name.
              aria-label={t('members.roleOf', { name: member.name })}
              className="field__select field__select--compact"
              value={shownRole}
              disabled={changeRole.isPending}
              aria-busy={changeRole.isPending}
              aria-invalid={changeRole.isError ? 'true' : 'false'}
              aria-describedby={changeRole.isError ? errorId : undefined}
              onChange={(event) => changeRole.mutate(event.target.value as MemberRole)}
            >
              {MEMBER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
            {changeRole.isError && (
              <p id={errorId} className="field__error" role="alert">
                {apiErrorMessage(changeRole.error, t)}
              </p>
            )}
          </div>
        ) : (
          t(`roles.${member.role}`)
        )}
      </td>
      <td>{formatDate(member.joinedAt, i18n.language)}</td>
      {canManage && (
        <td>
          {!isViewer && (
            <button type="button" className="button button--secondary button--small button--danger-outline" onClick={onRemove} aria-describedby={nameId}>
              {t('members.remove')}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
