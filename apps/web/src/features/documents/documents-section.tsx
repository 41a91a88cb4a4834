import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentOwnerType } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { formatDateTime } from '../../lib/format-date';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { DocumentUploadForm } from './document-upload-form';
import { documentsQueryKey } from './documents-query-keys';
import { DeleteDocumentMutation, DocumentsQuery } from './documents.operations';
import { formatFileSize } from './format-file-size';

interface DocumentsSectionProps {
  ownerType: DocumentOwnerType;
  ownerId: string;
  canEdit: boolean;
}

interface DocumentToDelete {
  id: string;
  fileName: string;
}

/** The files attached to a convention, a deliberation or a coopération: list, download, upload, delete. */
export function DocumentsSection({ ownerType, ownerId, canEdit }: DocumentsSectionProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const focus = useFocusRequest();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<DocumentToDelete | null>(null);
  const key = documentsQueryKey(ownerType, ownerId);
  const documents = useQuery({ queryKey: key, queryFn: () => request(DocumentsQuery, { ownerType, ownerId }) });
  const remove = useMutation({
    mutationFn: (id: string) => request(DeleteDocumentMutation, { id }),
    onSuccess: async () => {
      setAnnouncement(t('documents.deleted', { name: toDelete?.fileName ?? '' }));
      setToDelete(null);
      // The deleted file's row and button are gone: focus goes to the section's heading.
      focus(`documents-${ownerId}`);
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const list = documents.data?.documents ?? [];

  return (
    <section className="section" aria-labelledby={`documents-${ownerId}`}>
      <h2 id={`documents-${ownerId}`} tabIndex={-1} className="section__title">
        {t('documents.title')}
      </h2>
      <StatusMessage message={announcement} />
      {documents.isPending && <LoadingStatus label={t('documents.loading')} />}
      {documents.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(documents.error, t)}</p>
        </ErrorNotice>
      )}
      {documents.isSuccess && list.length === 0 && <p className="empty-state empty-state--compact">{t('documents.empty')}</p>}
      {list.length > 0 && (
        <div className="table-wrapper" role="region" aria-label={t('documents.title')} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{t('documents.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.name')}</th>
                <th scope="col">{t('documents.size')}</th>
                <th scope="col">{t('documents.uploadedAt')}</th>
                {canEdit && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((document) => (
                <tr key={document.id}>
                  <th scope="row" className="table__name">
                    <a href={document.downloadPath} download={document.fileName} id={`document-${document.id}`}>
                      {document.fileName}
                      <span className="sr-only"> {t('documents.download')}</span>
                    </a>
                  </th>
                  <td>{formatFileSize(document.sizeBytes, i18n.language)}</td>
                  <td>
                    <time dateTime={document.uploadedAt}>{formatDateTime(document.uploadedAt, i18n.language)}</time>
                  </td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small button--danger-outline"
                        aria-describedby={`document-${document.id}`}
                        onClick={() => setToDelete({ id: document.id, fileName: document.fileName })}
                      >
                        {t('common.delete')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <DocumentUploadForm
          ownerType={ownerType}
          ownerId={ownerId}
          onUploaded={async (fileName) => {
            setAnnouncement(t('documents.uploaded', { name: fileName }));
            await queryClient.invalidateQueries({ queryKey: key });
          }}
        />
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('documents.deleteTitle', { name: toDelete?.fileName ?? '' })}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        busy={remove.isPending}
        onCancel={() => {
          remove.reset();
          setToDelete(null);
        }}
        onConfirm={() => {
          if (toDelete) remove.mutate(toDelete.id);
        }}
      >
        <p>{t('documents.deleteText')}</p>
        {remove.isError && (
          <p className="field__error" role="alert">
            {apiErrorMessage(remove.error, t)}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
