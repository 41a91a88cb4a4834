import { useTranslation } from 'react-i18next';
import type { ParticipationRole } from '../../graphql/generated/graphql';
import { Badge } from '../../ui/badge';

/** Tells whose project it is: ours (chef de file), or another collectivité's that we join or observe. */
export function ParticipationRoleBadge({ role }: { role: ParticipationRole }) {
  const { t } = useTranslation();
  return <Badge tone={role === 'LEAD' ? 'strong' : role === 'PARTNER' ? 'info' : 'neutral'}>{t(`enums.participationRole.${role}`)}</Badge>;
}
