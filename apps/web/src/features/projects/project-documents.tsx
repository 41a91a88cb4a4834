import { useTranslation } from 'react-i18next';
import type { ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { DocumentsSection } from '../documents/documents-section';
import { SharedDocumentsSection } from '../documents/shared-documents-section';

/**
 * The project's files. The lead attaches them and, on a mutualised project, chooses which ones the participating
 * collectivités receive; a participant reads what the lead shares with it.
 */
export function ProjectDocuments({ project }: { project: ProjectDetailsFragment }) {
  const { t } = useTranslation();
  if (!project.isLead) return <SharedDocumentsSection projectId={project.id} leadName={project.leadName} />;
  const mutualised = project.engagementMode === 'MUTUALISED' || project.participants.some((participant) => participant.role !== 'LEAD');
  return (
    <DocumentsSection
      ownerType="PROJECT"
      ownerId={project.id}
      title={t('documents.projectTitle')}
      intro={mutualised ? t('documents.shareIntro') : undefined}
      uploadAllowed={project.canEdit}
      shareWithProjectId={mutualised ? project.id : undefined}
    />
  );
}
