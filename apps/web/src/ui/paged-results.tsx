import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../lib/api-error-message';
import { ErrorNotice } from './error-notice';
import { LoadingStatus } from './loading-status';
import { StatusMessage } from './status-message';

/** What the results need of a cursor-paginated list query (react-query's useInfiniteQuery result). */
export interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  isFetching: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<{ hasNextPage: boolean }>;
}

interface PagedResultsProps {
  query: PagedQuery;
  loadingLabel: string;
  /** The announced count ("12 projets"), or null while there is none to say. */
  count: string | null;
  hasRows: boolean;
  /** Shown when the list came back empty (nothing at all, or nothing matching the filters). */
  empty: ReactNode;
  /** The table of the rows loaded so far. */
  children: ReactNode;
  loadMoreLabel?: string;
  loadingMoreLabel?: string;
}

/**
 * The results area of every list page: loading and error states, the count in a status region, the empty
 * state, the table and its "Charger plus" button.
 */
export function PagedResults({ query, loadingLabel, count, hasRows, empty, children, loadMoreLabel, loadingMoreLabel }: PagedResultsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  return (
    <div aria-busy={query.isFetching}>
      {query.isPending && <LoadingStatus label={loadingLabel} />}
      {query.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(query.error, t)}</p>
        </ErrorNotice>
      )}
      <StatusMessage message={count} tone="info" />
      {query.isSuccess && !hasRows && empty}
      {hasRows && (
        <div ref={list} tabIndex={-1}>
          {children}
        </div>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          className="button button--secondary load-more"
          onClick={async () => {
            const result = await query.fetchNextPage();
            // The last page removes the button: keep focus on the list rather than losing it to <body>.
            if (!result.hasNextPage) list.current?.focus();
          }}
          disabled={query.isFetchingNextPage}
          aria-busy={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? (loadingMoreLabel ?? t('common.loadingMore')) : (loadMoreLabel ?? t('common.loadMore'))}
        </button>
      )}
    </div>
  );
}
