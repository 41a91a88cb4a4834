import { useTranslation } from 'react-i18next';
import type { ConventionValidityState } from '../../graphql/generated/graphql';
import { Badge, type BadgeTone } from '../../ui/badge';

const TONES: Record<ConventionValidityState, BadgeTone> = {
  NOT_SIGNED: 'neutral',
  NOT_TRANSMITTED: 'warning',
  NOT_STARTED: 'info',
  ACTIVE: 'success',
  EXPIRING_SOON: 'warning',
  EXPIRED: 'danger',
  SUPERSEDED: 'neutral',
  TERMINATED: 'strong',
};

interface ConventionValidityBadgeProps {
  validity: ConventionValidityState;
  daysLeft?: number | null;
}

/** The validity badge computed by the API: "En vigueur", "Non transmise au préfet", "Expire dans 45 jours", "Remplacée"… */
export function ConventionValidityBadge({ validity, daysLeft }: ConventionValidityBadgeProps) {
  const { t } = useTranslation();
  const label =
    validity === 'EXPIRING_SOON' && daysLeft !== null && daysLeft !== undefined ? t('conventions.expiresIn', { count: daysLeft }) : t(`enums.conventionValidity.${validity}`);
  return <Badge tone={TONES[validity]}>{label}</Badge>;
}
