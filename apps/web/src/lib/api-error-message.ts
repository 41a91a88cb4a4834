import type { TFunction } from 'i18next';
import { ApiError } from '../graphql/api-error';

/**
 * The sentence to show for a failed call. The API writes French messages meant for people; the client only
 * supplies one when no message came back (network down, unreadable answer).
 */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    if (error.code === 'NETWORK_ERROR') return t('errors.network');
    if (error.code === 'TOO_MANY_REQUESTS') return t('errors.tooManyRequests');
    if (error.code === 'FORBIDDEN') return t('errors.forbidden');
  }
  return t('errors.internal');
}
