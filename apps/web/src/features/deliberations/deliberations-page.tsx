import { DELIBERATION_STATUSES } from '@passerelles/domain/deliberation-rules';
import { canEdit } from '@passerelles/domain/member-role';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DeliberationStatus } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { YEAR_OPTIONS } from '../../lib/reference-options';
import { PageHeading } from '../../ui/page-heading';
import { PagedResults } from '../../ui/paged-results';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { DeliberationsTable } from './deliberations-table';
import { deliberationsQueryKey } from './deliberations-query-keys';
import { DeliberationsQuery } from './deliberations.operations';

const PAGE_SIZE = 50;

export function DeliberationsPage() {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();
  const [search, setSearch] = useSearchParams();
  const text = search.get('q') ?? '';
  const status = search.get('statut') ?? '';
  const year = search.get('annee') ?? '';
  const [draft, setDraft] = useState({ text, status, year });
  const variables = { text: text || null, statuses: status ? [status as DeliberationStatus] : null, year: year ? Number(year) : null };
  const deliberations = useInfiniteQuery({
    queryKey: [...deliberationsQueryKey, 'list', variables],
    queryFn: ({ pageParam }) => request(DeliberationsQuery, { ...variables, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.deliberations.pageInfo.hasNextPage ? last.deliberations.pageInfo.endCursor : null),
  });
  const rows = deliberations.data?.pages.flatMap((page) => page.deliberations.edges.map((edge) => edge.node)) ?? [];
  const total = deliberations.data?.pages[0]?.deliberations.totalCount ?? 0;
  const filtered = Boolean(text || status || year);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.text.trim()) next.set('q', draft.text.trim());
    if (draft.status) next.set('statut', draft.status);
    if (draft.year) next.set('annee', draft.year);
    setSearch(next);
  }

  return (
    <>
      <div className="page-header">
        <PageHeading title={t('deliberations.title')} />
        {/* The one definition of who edits (libs/domain), which the API applies to deliberations. */}
        {canEdit(viewer.role) && (
          <Link to="/deliberations/nouvelle" className="button button--primary">
            {t('deliberations.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('deliberations.intro')}</p>
      <form className="filters card" role="search" aria-label={t('deliberations.filtersLabel')} onSubmit={apply}>
        <div className="filters__grid">
          <TextField
            id="deliberations-text"
            name="q"
            type="search"
            label={t('deliberations.search')}
            hint={t('deliberations.searchHint')}
            value={draft.text}
            onValueChange={(value) => setDraft((previous) => ({ ...previous, text: value }))}
            className="filters__wide"
          />
          <SelectField
            id="deliberations-status"
            name="statut"
            label={t('deliberations.status')}
            placeholder={t('filters.any')}
            options={DELIBERATION_STATUSES.map((value) => ({ value, label: t(`enums.deliberationStatus.${value}`) }))}
            value={draft.status}
            onValueChange={(value) => setDraft((previous) => ({ ...previous, status: value }))}
          />
          <SelectField
            id="deliberations-year"
            name="annee"
            label={t('deliberations.year')}
            hint={t('deliberations.yearHint')}
            placeholder={t('filters.any')}
            options={YEAR_OPTIONS}
            value={draft.year}
            onValueChange={(value) => setDraft((previous) => ({ ...previous, year: value }))}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('filters.apply')}
          </button>
        </div>
      </form>
      <PagedResults
        query={deliberations}
        loadingLabel={t('common.loading')}
        count={deliberations.isSuccess ? t('deliberations.count', { count: total }) : null}
        hasRows={rows.length > 0}
        empty={<p className="empty-state empty-state--compact">{filtered ? t('deliberations.noMatch') : t('deliberations.empty')}</p>}
      >
        <DeliberationsTable deliberations={rows} caption={t('deliberations.caption')} />
      </PagedResults>
    </>
  );
}
