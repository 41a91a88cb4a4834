import { readDatabaseError, type DatabaseErrorDetails } from '@passerelles/db/database-error';
import { DomainError, ErrorCode } from '@passerelles/domain/domain-error';
import { DATABASE_CONSTRAINTS, type ConstraintAnswer, type ConstraintRule } from './database-constraints';

/**
 * A database refusal turned into an answer for the client. It keeps what PostgreSQL said for the logs: a refusal
 * that reaches the database is input the validation let through, worth a look even when the client is answered.
 */
export class DatabaseRefusalError extends DomainError {
  constructor(
    answer: ConstraintAnswer,
    readonly database: DatabaseErrorDetails,
  ) {
    super(answer.code, answer.message, answer.reason, answer.field ? [{ field: answer.field, message: answer.fieldMessage ?? answer.message }] : []);
  }
}

/** Data exceptions carry no constraint name: one answer per SQLSTATE. */
const ANSWERS_BY_SQLSTATE: Readonly<Record<string, ConstraintAnswer>> = {
  '22P02': { code: ErrorCode.BadUserInput, reason: 'INVALID_VALUE', message: "Une valeur n'a pas le format attendu (identifiant, nombre ou date)." },
  '22001': { code: ErrorCode.BadUserInput, reason: 'VALUE_TOO_LONG', message: 'Un texte dépasse la longueur autorisée.' },
  '22007': { code: ErrorCode.BadUserInput, reason: 'INVALID_DATE', message: 'Date invalide (format attendu : AAAA-MM-JJ).' },
  '22008': { code: ErrorCode.BadUserInput, reason: 'INVALID_DATE', message: 'Date hors des limites autorisées.' },
  '22003': { code: ErrorCode.BadUserInput, reason: 'NUMBER_OUT_OF_RANGE', message: 'Nombre hors des limites autorisées.' },
  '22021': { code: ErrorCode.BadUserInput, reason: 'INVALID_CHARACTER', message: 'Un texte contient un caractère non autorisé (caractère nul).' },
  // Two transactions changed the same rows at once; the one refused may simply try again.
  '40001': { code: ErrorCode.Conflict, reason: 'CONCURRENT_CHANGE', message: 'Une autre modification a eu lieu en même temps : réessayez.' },
  '40P01': { code: ErrorCode.Conflict, reason: 'CONCURRENT_CHANGE', message: 'Une autre modification a eu lieu en même temps : réessayez.' },
};

const NOT_NULL_VIOLATION = '23502';

/**
 * The one place where database errors become client answers: by constraint name through the registry
 * (database-constraints.ts), by SQLSTATE for data exceptions. Null when the error is not a database error, or is
 * one that only a bug can cause: the caller then reports an internal error with a reference id.
 */
export function mapDatabaseError(error: unknown, constraints: Readonly<Record<string, ConstraintRule>> = DATABASE_CONSTRAINTS): DatabaseRefusalError | null {
  const details = readDatabaseError(error);
  if (!details) return null;
  if (details.constraint) {
    const rule = Object.hasOwn(constraints, details.constraint) ? constraints[details.constraint] : undefined;
    if (!rule || rule.kind === 'bug') return null;
    if (rule.kind === 'answer') return new DatabaseRefusalError(rule.answer, details);
    return new DatabaseRefusalError(details.statement === 'DELETE' ? rule.inUse : rule.missing, details);
  }
  if (details.sqlState === NOT_NULL_VIOLATION && details.column) {
    const field = camelCase(details.column);
    return new DatabaseRefusalError({ code: ErrorCode.BadUserInput, reason: 'REQUIRED', message: 'Un champ obligatoire est vide.', field, fieldMessage: 'Ce champ est obligatoire.' }, details);
  }
  const answer = Object.hasOwn(ANSWERS_BY_SQLSTATE, details.sqlState) ? ANSWERS_BY_SQLSTATE[details.sqlState] : undefined;
  return answer ? new DatabaseRefusalError(answer, details) : null;
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
