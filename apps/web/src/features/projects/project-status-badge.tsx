import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../graphql/generated/graphql';
import { Badge, type BadgeTone } from '../../ui/badge';

const TONES: Record<ProjectStatus, BadgeTone> = {
  IDENTIFICATION: 'neutral',
  DIAGNOSTIC: 'neutral',
  PROGRAMMED: 'info',
  IN_PROGRESS: 'success',
  CLOSING: 'info',
  CLOSED: 'strong',
  EVALUATED: 'strong',
  SUSPENDED: 'warning',
  CANCELLED: 'danger',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`enums.projectStatus.${status}`)}</Badge>;
}
