import { useTranslation } from 'react-i18next';
import type { DocumentFieldsFragment } from '../../graphql/generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { formatFileSize } from './format-file-size';

interface DocumentsTableProps {
  documents: readonly DocumentFieldsFragment[];
  caption: string;
  /** The project whose participating collectivités a file can be shared with (the lead's own project page). */
  shareWithProjectId?: string;
  /** The sharing being saved: its checkbox shows the new state at once, and waits for the server. */
  sharing?: { documentId: string; shared: boolean } | null;
  onShare?: (document: DocumentFieldsFragment, shared: boolean) => void;
  onDelete?: (document: DocumentFieldsFragment) => void;
}

/** Files with their download links; the sharing toggle and the delete button where the server allows them. */
export function DocumentsTable({ documents, caption, shareWithProjectId, sharing = null, onShare, onDelete }: DocumentsTableProps) {
  const { t, i18n } = useTranslation();
  const showSharing = shareWithProjectId !== undefined && onShare !== undefined && documents.some((document) => document.canShare);
  const showActions = onDelete !== undefined && documents.some((document) => document.canDelete);

  return (
    <div className="table-wrapper" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.name')}</th>
            {/* Next to the name: on a phone the toggle stays in view, the details scroll. */}
            {showSharing && <th scope="col">{t('documents.sharing')}</th>}
            <th scope="col">{t('documents.size')}</th>
            <th scope="col">{t('documents.uploadedAt')}</th>
            {showActions && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => {
            const linkId = `document-${document.id}`;
            const shareId = `document-${document.id}-share`;
            return (
              <tr key={document.id}>
                <th scope="row" className="table__name">
                  <a href={document.downloadPath} download={document.fileName} id={linkId} className="document-link">
                    {document.fileName}
                    <span className="sr-only"> {t('documents.download')}</span>
                  </a>
                </th>
                {showSharing && (
                  <td>
                    {document.canShare && (
                      <div className="checkbox checkbox--cell">
                        <input
                          id={shareId}
                          type="checkbox"
                          checked={sharing?.documentId === document.id ? sharing.shared : document.sharedWithProjectIds.includes(shareWithProjectId)}
                          disabled={sharing?.documentId === document.id}
                          aria-describedby={linkId}
                          onChange={(event) => onShare(document, event.target.checked)}
                        />
                        <label htmlFor={shareId}>{t('documents.shareWithParticipants')}</label>
                      </div>
                    )}
                  </td>
                )}
                <td className="table__nowrap">{formatFileSize(document.sizeBytes, i18n.language)}</td>
                <td>
                  <time dateTime={document.uploadedAt}>{formatDateTime(document.uploadedAt, i18n.language)}</time>
                </td>
                {showActions && (
                  <td>
                    {document.canDelete && (
                      <button type="button" className="button button--secondary button--small button--danger-outline" aria-describedby={linkId} onClick={() => onDelete(document)}>
                        {t('common.delete')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
