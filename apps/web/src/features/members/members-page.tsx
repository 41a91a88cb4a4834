import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/page-heading';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { InviteMemberForm } from './invite-member-form';
import { MembersTable } from './members-table';
import { PendingInvitations } from './pending-invitations';

export function MembersPage() {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();
  const canManage = viewer.role === 'ADMIN';
  return (
    <>
      <PageHeading title={t('members.title')} />
      <MembersTable viewer={viewer} canManage={canManage} />
      {canManage && (
        <>
          <InviteMemberForm />
          <PendingInvitations />
        </>
      )}
    </>
  );
}
