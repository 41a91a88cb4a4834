import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';

/**
 * Root fields per operation. Every root field of a read opens its own unit of work (session, transaction,
 * queries): 1,000 aliases of `viewer` made one request cost as much as 1,000 requests. The web app asks at
 * most 5 root fields on one screen; 20 leaves room for other clients while bounding the work of one request.
 */
export const MAX_ROOT_FIELDS = 20;
/**
 * Aliases of one root field per operation: asking the same thing many times in one request is how
 * enumeration (`findCollectivity` × 2,000) and amplification were done; a legitimate screen needs a handful.
 */
export const MAX_SAME_ROOT_FIELD = 10;
/** Fragment spreads expanded while counting: a guard against fragment bombs sent before validation. */
const MAX_SPREAD_EXPANSIONS = 500;

export interface RootFieldCount {
  total: number;
  byName: Map<string, number>;
  /** Whether the introspection root fields (`__schema`, `__type`) are asked. */
  introspection: boolean;
}

/** Stops the walk early: the counts already tell which limit was passed. */
class CountExceeded extends Error {}

/**
 * Counts the root fields of every operation of the document, fragments expanded, stopping as soon as a limit is
 * passed. Runs before graphql-js validation, whose overlapping-fields rule is quadratic in the number of aliases.
 */
export function countRootFields(document: DocumentNode): RootFieldCount[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counts: RootFieldCount[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const count: RootFieldCount = { total: 0, byName: new Map(), introspection: false };
    let expansions = 0;
    const visit = (selectionSet: SelectionSetNode, expanding: Set<string>): void => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          addField(count, selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet, expanding);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A cycle or an unknown fragment is left to validation, which reports it properly.
          if (!fragment || expanding.has(name)) continue;
          if (++expansions > MAX_SPREAD_EXPANSIONS) {
            count.total = Number.POSITIVE_INFINITY;
            throw new CountExceeded();
          }
          visit(fragment.selectionSet, new Set(expanding).add(name));
        }
      }
    };
    try {
      visit(definition.selectionSet, new Set());
    } catch (error) {
      if (!(error instanceof CountExceeded)) throw error;
    }
    counts.push(count);
  }
  return counts;
}

function addField(count: RootFieldCount, field: FieldNode): void {
  const name = field.name.value;
  if (name === '__typename') return; // answered without any work
  if (name === '__schema' || name === '__type') count.introspection = true;
  count.total += 1;
  count.byName.set(name, (count.byName.get(name) ?? 0) + 1);
  if (count.total > MAX_ROOT_FIELDS || count.byName.get(name)! > MAX_SAME_ROOT_FIELD) throw new CountExceeded();
}

/** Throws a coded French error when an operation asks too many root fields or the same one too often. */
export function assertRootFieldsWithinLimits(counts: readonly RootFieldCount[]): void {
  for (const count of counts) {
    if (count.total > MAX_ROOT_FIELDS) {
      throw new DomainError(
        ErrorCode.BadUserInput,
        `Requête trop large : au plus ${MAX_ROOT_FIELDS} champs à la racine d'une opération. Faites plusieurs requêtes.`,
        'TOO_MANY_ROOT_FIELDS',
      );
    }
    for (const [name, times] of count.byName) {
      if (times > MAX_SAME_ROOT_FIELD) {
        throw new DomainError(
          ErrorCode.BadUserInput,
          `Requête trop large : « ${name} » ne peut être demandé que ${MAX_SAME_ROOT_FIELD} fois par opération (alias compris).`,
          'TOO_MANY_ALIASES',
        );
      }
    }
  }
}
