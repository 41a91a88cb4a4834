import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import { firstControlCharacter } from '@passerelles/shared/text-characters';

/** A control character found in a string argument, with the path of the field that carries it. */
export interface ControlCharacterFound {
  field: string;
  codePoint: number;
}

/**
 * Every string a request carries (inline literals and variables, at any depth) free of control characters other
 * than tab and line breaks: PostgreSQL cannot store a NUL character at all, and the others are never typed by
 * people. One check for every argument of every operation, before any resolver runs, so no field can forget it.
 * Single-line fields refuse tab and line breaks too, in their zod schemas (libs/shared).
 */
export function findControlCharacter(document: DocumentNode, variables: Record<string, unknown>): ControlCharacterFound | null {
  let found: ControlCharacterFound | null = null;
  const inspect = (value: unknown, path: readonly (string | number)[]): void => {
    if (found) return;
    if (typeof value === 'string') {
      const codePoint = firstControlCharacter(value, { allowLineBreaks: true });
      if (codePoint !== null) found = { field: fieldPath(path), codePoint };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => inspect(item, [...path, index]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) inspect(item, [...path, key]);
    }
  };
  const inspectNode = (node: ValueNode, path: readonly (string | number)[]): void => {
    switch (node.kind) {
      case Kind.STRING:
        inspect(node.value, path);
        break;
      case Kind.LIST:
        node.values.forEach((item, index) => inspectNode(item, [...path, index]));
        break;
      case Kind.OBJECT:
        for (const field of node.fields) inspectNode(field.value, [...path, field.name.value]);
        break;
      case Kind.VARIABLE:
        inspect(variables[node.name.value], path);
        break;
      default:
        break;
    }
  };
  visit(document, {
    Argument(node) {
      inspectNode(node.value, [node.name.value]);
    },
    VariableDefinition(node) {
      if (node.defaultValue) inspectNode(node.defaultValue, [node.variable.name.value]);
    },
  });
  // Variables the operation does not use are refused by validation; these are the ones it uses, checked above.
  return found;
}

export function assertNoControlCharacter(document: DocumentNode, variables: Record<string, unknown>): void {
  const found = findControlCharacter(document, variables);
  if (!found) return;
  const name = found.codePoint === 0 ? 'le caractère nul' : 'un caractère de contrôle';
  const code = `U+${found.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new DomainError(ErrorCode.BadUserInput, `Le champ « ${found.field} » contient ${name} (${code}), qui n'est pas accepté.`, 'CONTROL_CHARACTER', [
    { field: found.field, message: `Caractère non autorisé (${code}).` },
  ]);
}

/** Paths read as in the zod messages: relative to an `input` argument ("title", "sectors.0.sectorCode"). */
function fieldPath(path: readonly (string | number)[]): string {
  const relative = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return relative.map(String).join('.');
}
