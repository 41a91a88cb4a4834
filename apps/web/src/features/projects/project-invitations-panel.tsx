import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { PAGE_HEADING_ID } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { ProjectInvitationRow } from './project-invitation-row';
import { projectInvitationsQueryKey } from './projects-query-keys';
import { ProjectInvitationsQuery } from './projects.operations';

interface ProjectInvitationsPanelProps {
  /** Only administrators answer for the collectivité; the others see what is pending. */
  canRespond: boolean;
}

/** Invitations of other collectivités to their mutualised projects, shown only when there are some. */
export function ProjectInvitationsPanel({ canRespond }: ProjectInvitationsPanelProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const focus = useFocusRequest();
  const invitations = useQuery({ queryKey: projectInvitationsQueryKey, queryFn: () => request(ProjectInvitationsQuery) });
  const list = invitations.data?.projectInvitations ?? [];

  return (
    <>
      <StatusMessage message={announcement} />
      {invitations.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(invitations.error, t)}</p>
        </ErrorNotice>
      )}
      {list.length > 0 && (
        // The table's scrolling region carries the title as its name: the section itself stays unnamed, so that
        // there are not two landmarks of the same name.
        <section className="section panel">
          <h2 id="project-invitations-title" className="section__title">
            {t('projectInvitations.title')}
          </h2>
          <p>{canRespond ? t('projectInvitations.intro') : t('projectInvitations.readOnly')}</p>
          <div className="table-wrapper" role="region" aria-labelledby="project-invitations-title" tabIndex={0}>
            <table className="table">
              <caption className="sr-only">{t('projectInvitations.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('projectInvitations.project')}</th>
                  <th scope="col">{t('projectInvitations.lead')}</th>
                  <th scope="col">{t('projectInvitations.role')}</th>
                  <th scope="col">{t('projectInvitations.invitedAt')}</th>
                  <th scope="col" className="table__number">
                    {t('projectInvitations.contribution')}
                  </th>
                  {canRespond && <th scope="col">{t('projectInvitations.answer')}</th>}
                </tr>
              </thead>
              <tbody>
                {list.map((invitation) => (
                  <ProjectInvitationRow key={invitation.id} invitation={invitation} canRespond={canRespond} onAnswered={(message) => {
                      setAnnouncement(message);
                      // The answered invitation leaves the list (and the panel may go): focus goes to the page's heading.
                      focus(PAGE_HEADING_ID);
                    }} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
