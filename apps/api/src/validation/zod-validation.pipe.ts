import { Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { InputValidationError } from '../errors/common.errors';

/**
 * Validates a resolver argument with a schema shared with the web app (libs/shared), so that the messages of
 * the inline form validation and of the API are the same French sentences. Returns the normalised value.
 */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw new InputValidationError(
      result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', message: issue.message })),
    );
  }
}

export function validateWith<S extends z.ZodType>(schema: S): ZodValidationPipe<S> {
  return new ZodValidationPipe(schema);
}
