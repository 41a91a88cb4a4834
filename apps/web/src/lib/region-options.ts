import { FRENCH_REGION_KINDS, frenchRegionsOfKind } from '@passerelles/domain/french-regions';
import type { TFunction } from 'i18next';
import type { SelectOptionGroup } from '../ui/select-field';

/** Regions and overseas collectivities under a heading per kind; their names are official French names. */
export function regionSelectGroups(t: TFunction): SelectOptionGroup[] {
  return FRENCH_REGION_KINDS.map((kind) => ({
    label: t(`regionKinds.${kind}`),
    options: frenchRegionsOfKind(kind).map((region) => ({ value: region.code, label: region.name })),
  }));
}
