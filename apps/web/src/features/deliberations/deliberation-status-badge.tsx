import { useTranslation } from 'react-i18next';
import type { DeliberationStatus } from '../../graphql/generated/graphql';
import { Badge, type BadgeTone } from '../../ui/badge';

const TONES: Record<DeliberationStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SCHEDULED: 'info',
  VOTED: 'info',
  TRANSMITTED: 'info',
  EXECUTORY: 'success',
  WITHDRAWN: 'danger',
  ANNULLED: 'danger',
  REPEALED: 'neutral',
};

export function DeliberationStatusBadge({ status }: { status: DeliberationStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`enums.deliberationStatus.${status}`)}</Badge>;
}
