import { ArgsType, Field, Int } from '@nestjs/graphql';
import { z } from 'zod';

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

export const pageArgsSchema = z
  .object({
    first: z.number().int().min(1).max(MAX_PAGE_SIZE),
    after: z.string().max(200).nullish(),
  })
  .transform((args, context): PageRequest => {
    if (!args.after) return { first: args.first, after: null };
    const decoded = decodeCursor(args.after);
    if (!decoded) {
      context.addIssue({ code: 'custom', path: ['after'], message: 'Curseur de pagination invalide.' });
      return z.NEVER;
    }
    return { first: args.first, after: decoded };
  });

export function encodeCursor(id: string): string {
  return Buffer.from(`v1:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^v1:([0-9a-f-]{36})$/.exec(text);
  return match ? match[1] : null;
}
