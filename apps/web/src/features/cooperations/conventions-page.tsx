import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ConventionValidityState } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { PageHeading } from '../../ui/page-heading';
import { PagedResults } from '../../ui/paged-results';
import { SelectField } from '../../ui/select-field';
import { ConventionsTable } from './conventions-table';
import { conventionsQueryKey } from './cooperations-query-keys';
import { ConventionsQuery } from './cooperations.operations';

const PAGE_SIZE = 50;

const FILTERS: Record<string, readonly ConventionValidityState[] | null> = {
  toutes: null,
  'en-vigueur': ['ACTIVE', 'EXPIRING_SOON'],
  'non-transmises': ['NOT_TRANSMITTED'],
  'expirent-bientot': ['EXPIRING_SOON'],
  expirees: ['EXPIRED'],
  remplacees: ['SUPERSEDED'],
};

/** Every convention of the collectivité, the nearest expiry first (the API's order). */
export function ConventionsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
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
      <PagedResults
        query={conventions}
        loadingLabel={t('common.loading')}
        count={conventions.isSuccess ? t('conventions.count', { count: total }) : null}
        hasRows={rows.length > 0}
        empty={<p className="empty-state empty-state--compact">{validity ? t('conventions.noMatch') : t('conventions.empty')}</p>}
      >
        <ConventionsTable conventions={rows} caption={t('conventions.allCaption')} showCooperation />
      </PagedResults>
    </>
  );
}
