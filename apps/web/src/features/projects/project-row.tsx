import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectListFieldsFragment } from '../../graphql/generated/graphql';
import { domainLabel } from '../../lib/reference-options';
import { ParticipationRoleBadge } from './participation-role-badge';
import { ProjectStatusBadge } from './project-status-badge';

export function ProjectRow({ project }: { project: ProjectListFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <tr>
      <td className="table__code">{project.code}</td>
      <th scope="row" className="table__name">
        <Link to={`/projets/${project.id}`}>{project.title}</Link>
      </th>
      <td>
        <ProjectStatusBadge status={project.status} />
      </td>
      <td>{project.countries.map((country) => country.name).join(', ')}</td>
      <td>{project.thematicDomains.map(domainLabel).join(', ') || <span className="table__muted">—</span>}</td>
      <td>
        {project.isLead ? (
          <span className="table__muted">{t('projects.ownProject')}</span>
        ) : (
          <>
            {project.leadName} <ParticipationRoleBadge role={project.myParticipationRole} />
          </>
        )}
      </td>
    </tr>
  );
}
