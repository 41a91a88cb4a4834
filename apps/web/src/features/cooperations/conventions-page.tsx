import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ConventionValidityState } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { SelectField } from '../../ui/select-field';
import { StatusMessage } from '../../ui/status-message';
import { ConventionsTable } from './conventions-table';
import { conventionsQueryKey } from './cooperations-query-keys';
import { ConventionsQuery } from './cooperations.operations';

const PAGE_SIZE = 50;

const FILTERS: Record<string, readonly ConventionValidityState[] | null> = {
  toutes: null,
  'expirent-bientot': ['EXPIRING_SOON'],
  expirees: ['EXPIRED'],
};

/** Every convention of the collectivité, the nearest expiry first (the API's order). */
export function ConventionsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const table = useRef<HTMLDivElement>(null);
  const filter = search.get('filtre') ?? 'toutes';
  const validity = FILTERS[filter] ?? null;
  const [draft, setDraft] = useState(filter in FILTERS ? filter : 'toutes');
  const conventions = useInfiniteQuery({
    queryKey: [...conventionsQueryKey, 'all', validity],
    queryFn: ({ pageParam }) => request(ConventionsQuery, { validity: validity ? [...validity] : null, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.conventions.pageInfo.hasNextPage ? last.conventions.pageInfo.endCursor : null),
  });
  const rows = conventions.data?.pages.flatMap((page) => page.conventions.edges.map((edge) => edge.node)) ?? [];
  const total = conventions.data?.pages[0]?.conventions.totalCount ?? 0;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(draft === 'toutes' ? new URLSearchParams() : new URLSearchParams({ filtre: draft }));
  }

  return (
    <>
      <PageHeading title={t('conventions.allTitle')} />
      <p className="lead">{t('conventions.allIntro')}</p>
      <form className="filters filters--inline card" aria-label={t('conventions.filterLabel')} onSubmit={apply}>
        <SelectField
          id="conventions-filter"
          name="filtre"
          label={t('conventions.filter')}
          options={Object.keys(FILTERS).map((value) => ({ value, label: t(`conventions.filters.${value}`) }))}
          value={draft}
          onValueChange={setDraft}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('filters.apply')}
          </button>
        </div>
      </form>
      <div aria-busy={conventions.isFetching}>
        {conventions.isPending && <LoadingStatus label={t('common.loading')} />}
        {conventions.isError && (
          <ErrorNotice title={t('errors.loadFailed')}>
            <p>{apiErrorMessage(conventions.error, t)}</p>
          </ErrorNotice>
        )}
        <StatusMessage message={conventions.isSuccess ? t('conventions.count', { count: total }) : null} tone="info" />
        {conventions.isSuccess && total === 0 && <p className="empty-state empty-state--compact">{validity ? t('conventions.noMatch') : t('conventions.empty')}</p>}
        {rows.length > 0 && (
          <div ref={table} tabIndex={-1}>
            <ConventionsTable conventions={rows} caption={t('conventions.allCaption')} showCooperation />
          </div>
        )}
        {conventions.hasNextPage && (
          <button
            type="button"
            className="button button--secondary load-more"
            onClick={async () => {
              const result = await conventions.fetchNextPage();
              if (!result.hasNextPage) table.current?.focus();
            }}
            disabled={conventions.isFetchingNextPage}
            aria-busy={conventions.isFetchingNextPage}
          >
            {conventions.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </button>
        )}
      </div>
    </>
  );
}
