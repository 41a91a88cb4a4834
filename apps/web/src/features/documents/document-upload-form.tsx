import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentOwnerType } from '../../graphql/generated/graphql';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatFileSize } from './format-file-size';
import { uploadDocument } from './upload-document';

interface DocumentUploadFormProps {
  ownerType: DocumentOwnerType;
  ownerId: string;
  /** The server's rules (documentUploadRules): extensions without the dot, and the largest size in bytes. */
  acceptedExtensions: readonly string[];
  maxSizeBytes: number;
  onUploaded: (fileName: string) => void | Promise<void>;
}

type UploadState = { phase: 'idle' } | { phase: 'sending'; percent: number } | { phase: 'failed'; message: string };

/**
 * A plain file input (the browser's own, which every assistive technology knows) and a send button. The upload's
 * progress is shown in a <progress> bar; its start and end are announced, not each percent.
 */
export function DocumentUploadForm({ ownerType, ownerId, acceptedExtensions, maxSizeBytes, onUploaded }: DocumentUploadFormProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const inputId = `upload-${ownerId}`;
  const errorId = `${inputId}-error`;
  const sending = state.phase === 'sending';
  const types = acceptedExtensions.map((extension) => extension.toUpperCase()).join(', ');
  const maxSize = formatFileSize(maxSizeBytes, i18n.language);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setState({ phase: 'failed', message: t('documents.chooseFile') });
      input.current?.focus();
      return;
    }
    // The server checks again (and the content too); refusing here spares sending a file it would refuse.
    const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
    const refusal = !acceptedExtensions.includes(extension)
      ? t('documents.typeRefused', { types })
      : file.size > maxSizeBytes
        ? t('documents.tooLarge', { size: maxSize })
        : file.size === 0
          ? t('documents.emptyFile')
          : null;
    if (refusal) {
      setState({ phase: 'failed', message: refusal });
      input.current?.focus();
      return;
    }
    setState({ phase: 'sending', percent: 0 });
    try {
      await uploadDocument(ownerType, ownerId, file, (percent) => setState({ phase: 'sending', percent }));
      setState({ phase: 'idle' });
      if (input.current) input.current.value = '';
      await onUploaded(file.name);
      input.current?.focus();
    } catch (error) {
      setState({ phase: 'failed', message: apiErrorMessage(error, t) });
      input.current?.focus();
    }
  }

  return (
    <form className="form card upload-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
      <div className={`field${state.phase === 'failed' ? ' field--error' : ''}`}>
        <label htmlFor={inputId} className="field__label">
          {t('documents.file')}
        </label>
        <p id={`${inputId}-hint`} className="field__hint">
          {t('documents.fileHint', { types, size: maxSize })}
        </p>
        {state.phase === 'failed' && (
          <p id={errorId} className="field__error" role="alert">
            {state.message}
          </p>
        )}
        <input
          ref={input}
          id={inputId}
          type="file"
          className="field__file"
          accept={acceptedExtensions.map((extension) => `.${extension}`).join(',')}
          disabled={sending}
          aria-invalid={state.phase === 'failed' ? 'true' : 'false'}
          aria-describedby={`${inputId}-hint${state.phase === 'failed' ? ` ${errorId}` : ''}`}
          onChange={() => state.phase === 'failed' && setState({ phase: 'idle' })}
        />
      </div>
      <div className="upload-form__actions">
        <button type="submit" className="button button--primary" disabled={sending}>
          {sending ? t('documents.sending') : t('documents.send')}
        </button>
        {sending && (
          <div className="upload-form__progress">
            <label htmlFor={`${inputId}-progress`}>{t('documents.progress')}</label>
            <progress id={`${inputId}-progress`} max={100} value={state.percent}>
              {state.percent} %
            </progress>
          </div>
        )}
      </div>
      <p role="status" className="sr-only">
        {sending ? t('documents.sendingStatus') : ''}
      </p>
    </form>
  );
}
