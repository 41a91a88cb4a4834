import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields asked under a path of the current field (e.g. ['edges', 'node'] for a connection),
 * through fragments and inline fragments: a resolver fetches what will be read in the same statement
 * (look-ahead) instead of leaving each nested field to its own query.
 */
export function requestedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let selections: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    selections = fieldsOf(selections, info.fragments)
      .filter((field) => field.name.value === name)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(selections, info.fragments).map((field) => field.name.value));
}

function fieldsOf(selectionSets: SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return selectionSets.flatMap((set) =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf([selection.selectionSet], fragments, seen);
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) return [];
      seen.add(name);
      return fieldsOf([fragments[name].selectionSet], fragments, seen);
    }),
  );
}
