import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { projectQueryKey, projectsQueryKey } from './projects-query-keys';
import { DeleteProjectMutation } from './projects.operations';

interface ProjectDeleteActionProps {
  project: { id: string; code: string; title: string };
}

/**
 * Deletion of a project the API says may be deleted (`canDelete`: still in identification, nothing attached),
 * behind a confirmation. The native dialog keeps focus inside and gives it back to the button on cancel; after the
 * deletion the project list opens and its heading takes focus, with a status message saying what was deleted.
 */
export function ProjectDeleteAction({ project }: ProjectDeleteActionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => request(DeleteProjectMutation, { id: project.id }),
    onSuccess: async () => {
      setConfirming(false);
      queryClient.removeQueries({ queryKey: projectQueryKey(project.id) });
      await queryClient.invalidateQueries({ queryKey: projectsQueryKey });
      void navigate('/projets', { replace: true, state: { deleted: `${project.code} — ${project.title}` } });
    },
  });

  return (
    <>
      <button
        type="button"
        className="button button--secondary button--danger-outline"
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
      >
        {t('project.delete')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('project.deleteTitle', { title: project.title })}
        confirmLabel={t('project.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate()}
      >
        <p>{t('project.deleteText')}</p>
        {remove.isError && (
          <p className="field__error" role="alert">
            {apiErrorMessage(remove.error, t)}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
