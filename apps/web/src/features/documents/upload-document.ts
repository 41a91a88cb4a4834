import { ApiError, toApiErrorCode, type ApiFieldError } from '../../graphql/api-error';
import { getCsrfToken } from '../../graphql/csrf-token';
import type { DocumentOwnerType } from '../../graphql/generated/graphql';
import { refreshCsrfToken } from '../../graphql/graphql-client';

const UPLOAD_ENDPOINT = '/documents';

interface UploadErrorBody {
  error?: { code?: unknown; reason?: unknown; message?: unknown; fields?: unknown };
}

function errorFrom(status: number, body: UploadErrorBody | null): ApiError {
  const error = body?.error;
  if (!error) return new ApiError(status === 413 ? 'BAD_USER_INPUT' : status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR', '');
  const fields: ApiFieldError[] = Array.isArray(error.fields)
    ? error.fields.flatMap((field: unknown) => {
        const { field: name, message } = (field ?? {}) as { field?: unknown; message?: unknown };
        return typeof name === 'string' && typeof message === 'string' ? [{ field: name, message }] : [];
      })
    : [];
  return new ApiError(toApiErrorCode(error.code), typeof error.message === 'string' ? error.message : '', fields, typeof error.reason === 'string' ? error.reason : undefined);
}

/**
 * One attempt. XMLHttpRequest rather than fetch: it reports the progress of the upload itself. The owner fields
 * go before the file, because the API reads the fields that precede the file part.
 */
function send(ownerType: DocumentOwnerType, ownerId: string, file: File, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    body.append('ownerType', ownerType);
    body.append('ownerId', ownerId);
    body.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', UPLOAD_ENDPOINT);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError('NETWORK_ERROR', ''));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve();
        return;
      }
      let parsed: UploadErrorBody | null = null;
      try {
        parsed = JSON.parse(xhr.responseText) as UploadErrorBody;
      } catch {
        // Not JSON (a proxy's error page): the status decides the message.
      }
      reject(errorFrom(xhr.status, parsed));
    };
    xhr.send(body);
  });
}

/** Uploads a document; a stale CSRF token (another tab logged in again) is renewed and the upload tried again. */
export async function uploadDocument(ownerType: DocumentOwnerType, ownerId: string, file: File, onProgress: (percent: number) => void): Promise<void> {
  try {
    await send(ownerType, ownerId, file, onProgress);
  } catch (error) {
    if (!(error instanceof ApiError && error.reason === 'CSRF_TOKEN_INVALID')) throw error;
    if (!(await refreshCsrfToken())) throw error;
    await send(ownerType, ownerId, file, onProgress);
  }
}
