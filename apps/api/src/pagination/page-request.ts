import { ArgsType, Field, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { InputValidationError } from '../errors/common.errors';

export const MAX_PAGE_SIZE = 100;

/** Cursor pagination arguments shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Nombre d'éléments (1 à ${MAX_PAGE_SIZE}).` })
  first: number;

  @Field(() => String, { nullable: true, description: 'Curseur du dernier élément de la page précédente.' })
  after?: string | null;
}

export interface PageRequest {
  first: number;
  /** Decoded cursor: the id after which the page starts. */
  after: string | null;
}

export const INVALID_CURSOR_MESSAGE = 'Curseur de pagination invalide.';

/** A cursor as clients send it back: bounded before it is even decoded, with the cursor's message. */
export const cursorText = z.string().max(400, INVALID_CURSOR_MESSAGE).nullish();

export const pageArgsSchema = z
  .object({
    first: z.number().int().min(1).max(MAX_PAGE_SIZE),
    after: cursorText,
  })
  .transform((args, context): PageRequest => {
    if (!args.after) return { first: args.first, after: null };
    const decoded = decodeCursor(args.after);
    if (!decoded) {
      context.addIssue({ code: 'custom', path: ['after'], message: INVALID_CURSOR_MESSAGE });
      return z.NEVER;
    }
    return { first: args.first, after: decoded };
  });

/** For lists that decode their cursor after validation (sorted lists, whose cursor depends on the sort). */
export class InvalidCursorError extends InputValidationError {
  constructor() {
    super([{ field: 'after', message: INVALID_CURSOR_MESSAGE }]);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The ids this API writes into cursors (lower-case, hyphenated); anything else would reach the database as a bad uuid. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

export function encodeCursor(id: string): string {
  return Buffer.from(`v1:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^v1:(.{36})$/.exec(text);
  return match && isUuid(match[1]) ? match[1] : null;
}
