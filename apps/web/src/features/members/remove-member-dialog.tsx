import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { auditEventsQueryKey, membersQueryKey } from './members-query-keys';
import { RemoveMemberMutation } from './members.operations';

export interface MemberToRemove {
  id: string;
  name: string;
}

interface RemoveMemberDialogProps {
  member: MemberToRemove | null;
  tenantName: string;
  onClose: () => void;
  onRemoved: (name: string) => void;
}

export function RemoveMemberDialog({ member, tenantName, onClose, onRemoved }: RemoveMemberDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (membershipId: string) => request(RemoveMemberMutation, { membershipId }),
    onSuccess: async (result) => {
      onRemoved(result.removeMember.name);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: membersQueryKey }),
        queryClient.invalidateQueries({ queryKey: auditEventsQueryKey }),
      ]);
    },
  });

  const name = member?.name ?? '';
  return (
    <ConfirmDialog
      open={member !== null}
      title={t('members.confirmTitle', { name })}
      confirmLabel={t('members.confirmRemove')}
      cancelLabel={t('members.cancel')}
      busy={remove.isPending}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
      onConfirm={() => {
        if (member) remove.mutate(member.id);
      }}
    >
      <p>{t('members.confirmText', { name, tenant: tenantName })}</p>
      {remove.isError && (
        <p className="field__error" role="alert">
          {apiErrorMessage(remove.error, t)}
        </p>
      )}
    </ConfirmDialog>
  );
}
