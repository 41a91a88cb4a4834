import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFieldsFragment, DocumentOwnerType } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { auditEventsQueryKey } from '../members/members-query-keys';
import { DocumentUploadForm } from './document-upload-form';
import { DocumentsTable } from './documents-table';
import { documentsQueryKey, sharedDocumentsQueryKey } from './documents-query-keys';
import { DeleteDocumentMutation, DocumentsQuery, ShareDocumentWithProjectMutation } from './documents.operations';
import { useDocumentUploadRules } from './use-document-upload-rules';

interface DocumentsSectionProps {
  ownerType: DocumentOwnerType;
  ownerId: string;
  title?: string;
  /** A sentence under the title. */
  intro?: string;
  /**
   * Where the owner itself narrows who attaches files (a project: only its lead's editors, as the server's
   * `canEdit` of the project says). The server's `canUpload` decides everywhere.
   */
  uploadAllowed?: boolean;
  /** A mutualised project of the collectivité: its files can be shared with the participating collectivités. */
  shareWithProjectId?: string;
}

interface DocumentToDelete {
  id: string;
  fileName: string;
}

/**
 * The files attached to a convention, a deliberation, a coopération or a project: list, download, upload, delete
 * and share, each offered as the server allows it (documentUploadRules, and canDelete / canShare per file).
 */
export function DocumentsSection({ ownerType, ownerId, title, intro, uploadAllowed = true, shareWithProjectId }: DocumentsSectionProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const focus = useFocusRequest();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<DocumentToDelete | null>(null);
  // Set in the click itself, so that the checkbox shows the new state at once while the server saves it.
  const [sharing, setSharing] = useState<{ documentId: string; shared: boolean } | null>(null);
  const rules = useDocumentUploadRules();
  const key = documentsQueryKey(ownerType, ownerId);
  const documents = useQuery({ queryKey: key, queryFn: () => request(DocumentsQuery, { ownerType, ownerId }) });
  const headingId = `documents-${ownerId}`;
  const remove = useMutation({
    mutationFn: (id: string) => request(DeleteDocumentMutation, { id }),
    onSuccess: async () => {
      setAnnouncement(t('documents.deleted', { name: toDelete?.fileName ?? '' }));
      setToDelete(null);
      // The deleted file's row and button are gone: focus goes to the section's heading.
      focus(headingId);
      await Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: auditEventsQueryKey })]);
    },
  });
  const share = useMutation({
    mutationFn: ({ document, shared }: { document: DocumentFieldsFragment; shared: boolean }) =>
      request(ShareDocumentWithProjectMutation, { documentId: document.id, projectId: shareWithProjectId!, shared }),
    onSettled: () => setSharing(null),
    onSuccess: async (result, { shared }) => {
      const updated = result.shareDocumentWithProject;
      queryClient.setQueryData(key, (previous: { documents: DocumentFieldsFragment[] } | undefined) =>
        previous ? { documents: previous.documents.map((document) => (document.id === updated.id ? updated : document)) } : previous,
      );
      setAnnouncement(t(shared ? 'documents.shared' : 'documents.unshared', { name: updated.fileName }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: sharedDocumentsQueryKey(shareWithProjectId!) }),
        queryClient.invalidateQueries({ queryKey: auditEventsQueryKey }),
      ]);
    },
  });
  const list = documents.data?.documents ?? [];
  const canUpload = uploadAllowed && rules.data?.canUpload === true;

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className="section__title">
        {title ?? t('documents.title')}
      </h2>
      {intro && <p>{intro}</p>}
      <StatusMessage message={announcement} />
      {documents.isPending && <LoadingStatus label={t('documents.loading')} />}
      {documents.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(documents.error, t)}</p>
        </ErrorNotice>
      )}
      {documents.isSuccess && list.length === 0 && <p className="empty-state empty-state--compact">{t('documents.empty')}</p>}
      {list.length > 0 && (
        <DocumentsTable
          documents={list}
          caption={title ?? t('documents.title')}
          shareWithProjectId={shareWithProjectId}
          sharing={sharing}
          onShare={(document, shared) => {
            share.reset();
            setSharing({ documentId: document.id, shared });
            share.mutate({ document, shared });
          }}
          onDelete={(document) => setToDelete({ id: document.id, fileName: document.fileName })}
        />
      )}
      {share.isError && (
        <p className="field__error" role="alert">
          {apiErrorMessage(share.error, t)}
        </p>
      )}
      {canUpload && rules.data && (
        <DocumentUploadForm
          ownerType={ownerType}
          ownerId={ownerId}
          acceptedExtensions={rules.data.acceptedExtensions}
          maxSizeBytes={rules.data.maxSizeBytes}
          onUploaded={async (fileName) => {
            setAnnouncement(t('documents.uploaded', { name: fileName }));
            await Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: auditEventsQueryKey })]);
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
