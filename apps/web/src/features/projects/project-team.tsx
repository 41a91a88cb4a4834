import { useTranslation } from 'react-i18next';
import type { ProjectDetailsFragment } from '../../graphql/generated/graphql';

export function ProjectTeam({ project }: { project: ProjectDetailsFragment }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title" className="section__title">
        {t('projectForm.team')}
      </h2>
      {project.team.length === 0 ? (
        <p className="empty-state empty-state--compact">{project.canEdit ? t('projectTeam.emptyEditable') : t('projectTeam.empty')}</p>
      ) : (
        <div className="table-wrapper" role="region" aria-label={t('projectForm.team')} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{t('projectForm.team')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projectTeam.person')}</th>
                <th scope="col">{t('projectForm.teamRole')}</th>
                <th scope="col">{t('projectTeam.collectivity')}</th>
              </tr>
            </thead>
            <tbody>
              {project.team.map((member) => (
                <tr key={`${member.userId}-${member.role}`}>
                  <th scope="row" className="table__name">
                    {member.displayName}
                  </th>
                  <td>{t(`enums.teamRole.${member.role}`)}</td>
                  <td>{member.ownCollectivity ? t('projectTeam.ours') : project.leadName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
