import { useTranslation } from 'react-i18next';
import type { CoverageState } from '../../graphql/generated/graphql';
import { Badge, type BadgeTone } from '../../ui/badge';

const TONES: Record<CoverageState, BadgeTone> = { COVERED: 'success', PARTIAL: 'warning', UNCOVERED: 'danger', NO_PLANNED_SPENDING: 'neutral' };

export function CoverageBadge({ state }: { state: CoverageState }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[state]}>{t(`enums.coverage.${state}`)}</Badge>;
}
