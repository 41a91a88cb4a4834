import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { DocumentsTable } from './documents-table';
import { sharedDocumentsQueryKey } from './documents-query-keys';
import { SharedDocumentsQuery } from './documents.operations';

interface SharedDocumentsSectionProps {
  projectId: string;
  leadName: string;
}

/** What the lead collectivité shares with the participants of its project, to read and download. */
export function SharedDocumentsSection({ projectId, leadName }: SharedDocumentsSectionProps) {
  const { t } = useTranslation();
  const documents = useQuery({ queryKey: sharedDocumentsQueryKey(projectId), queryFn: () => request(SharedDocumentsQuery, { projectId }) });
  const list = documents.data?.sharedDocuments ?? [];
  const title = t('documents.sharedByLead');

  return (
    <section className="section" aria-labelledby="shared-documents-title">
      <h2 id="shared-documents-title" className="section__title">
        {title}
      </h2>
      <p>{t('documents.sharedByLeadIntro', { lead: leadName })}</p>
      {documents.isPending && <LoadingStatus label={t('documents.loading')} />}
      {documents.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(documents.error, t)}</p>
        </ErrorNotice>
      )}
      {documents.isSuccess && list.length === 0 && <p className="empty-state empty-state--compact">{t('documents.sharedEmpty', { lead: leadName })}</p>}
      {list.length > 0 && <DocumentsTable documents={list} caption={t('documents.sharedCaption', { lead: leadName })} />}
    </section>
  );
}
