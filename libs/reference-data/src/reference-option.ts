/** An item of a picker: the code that is stored and the French label that is shown. */
export interface ReferenceOption<Code extends string | number = string> {
  readonly code: Code;
  readonly label: string;
}

// One collator for every list: the same order as `a.localeCompare(b, 'fr')`, without building it per comparison.
const frenchCollator = new Intl.Collator('fr');

/** Options in French alphabetical order (Côte d'Ivoire between Costa Rica and Croatie, Égypte among the E). */
export function sortByFrenchLabel<Code extends string | number>(options: readonly ReferenceOption<Code>[]): readonly ReferenceOption<Code>[] {
  return [...options].sort((a, b) => frenchCollator.compare(a.label, b.label));
}
