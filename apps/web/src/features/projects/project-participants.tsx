import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useFocusRequest } from '../../ui/use-focus-request';
import { auditEventsQueryKey } from '../members/members-query-keys';
import { InviteCollectivityForm } from './invite-collectivity-form';
import { ParticipantContributionDialog } from './participant-contribution-dialog';
import { ParticipantRow, type Participant } from './participant-row';
import { projectInvitationsQueryKey, projectQueryKey, projectsQueryKey } from './projects-query-keys';
import { LeaveProjectMutation, RevokeProjectParticipationMutation } from './projects.operations';

interface ProjectParticipantsProps {
  project: ProjectDetailsFragment;
  onAnnounce: (message: string) => void;
}

type PendingAction = { kind: 'revoke' | 'leave'; participant: Participant };

/**
 * The collectivités of a mutualised project. The lead's editors invite others by SIREN. Who may withdraw a
 * participation, leave the project or set a contribution is the server's answer on each participant.
 */
export function ProjectParticipants({ project, onAnnounce }: ProjectParticipantsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const focus = useFocusRequest();
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [editing, setEditing] = useState<Participant | null>(null);
  // Changes at each opening: the contribution dialog starts again from what the server holds.
  const [opening, setOpening] = useState(0);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: projectQueryKey(project.id) }),
      queryClient.invalidateQueries({ queryKey: projectsQueryKey }),
      queryClient.invalidateQueries({ queryKey: projectInvitationsQueryKey }),
      queryClient.invalidateQueries({ queryKey: auditEventsQueryKey }),
    ]);

  const act = useMutation({
    mutationFn: async ({ kind, participant }: PendingAction): Promise<void> => {
      if (kind === 'revoke') await request(RevokeProjectParticipationMutation, { participationId: participant.id });
      else await request(LeaveProjectMutation, { participationId: participant.id });
    },
    onSuccess: async (_, { kind, participant }) => {
      setPending(null);
      onAnnounce(kind === 'revoke' ? t('participants.revoked', { name: participant.collectivityName }) : t('participants.left'));
      // The row's button goes with the participation: focus goes to the list's heading.
      focus('participants-title');
      await refresh();
    },
  });

  const hasActions = project.participants.some((participant) => participant.canRevoke || participant.canLeave || participant.canSetContribution);

  return (
    <div className="stack">
      <section aria-labelledby="participants-title">
        <h2 id="participants-title" tabIndex={-1} className="section__title">
          {t('participants.title')}
        </h2>
        <div className="table-wrapper" role="region" aria-label={t('participants.title')} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{t('participants.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participants.collectivity')}</th>
                <th scope="col">{t('participants.role')}</th>
                <th scope="col">{t('participants.status')}</th>
                <th scope="col" className="table__number">
                  {t('participants.contribution')}
                </th>
                {hasActions && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {project.participants.map((participant) => (
                <ParticipantRow
                  key={participant.id}
                  participant={participant}
                  showActions={hasActions}
                  onRevoke={() => setPending({ kind: 'revoke', participant })}
                  onLeave={() => setPending({ kind: 'leave', participant })}
                  onEditContribution={() => {
                    setOpening((count) => count + 1);
                    setEditing(participant);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {project.canEdit && <InviteCollectivityForm projectId={project.id} onInvited={(name) => onAnnounce(t('participants.invited', { name }))} />}

      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'leave' ? t('participants.leaveTitle', { title: project.title }) : t('participants.revokeTitle', { name: pending?.participant.collectivityName ?? '' })}
        confirmLabel={pending?.kind === 'leave' ? t('participants.leave') : t('participants.revoke')}
        cancelLabel={t('common.cancel')}
        busy={act.isPending}
        onCancel={() => {
          act.reset();
          setPending(null);
        }}
        onConfirm={() => {
          if (pending) act.mutate(pending);
        }}
      >
        <p>{pending?.kind === 'leave' ? t('participants.leaveText', { lead: project.leadName }) : t('participants.revokeText', { name: pending?.participant.collectivityName ?? '' })}</p>
        {act.isError && (
          <p className="field__error" role="alert">
            {apiErrorMessage(act.error, t)}
          </p>
        )}
      </ConfirmDialog>
      <ParticipantContributionDialog
        key={opening}
        participant={editing}
        onClose={() => setEditing(null)}
        onSettled={async ({ name, saved }) => {
          if (saved) {
            setEditing(null);
            onAnnounce(t('participants.contributionSaved', { name }));
          }
          await refresh();
        }}
      />
    </div>
  );
}
