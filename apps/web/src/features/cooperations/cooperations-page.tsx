import { COOPERATION_STATUSES } from '@passerelles/shared/schemas/cooperation.schemas';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CooperationStatus } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { formatCalendarDate } from '../../lib/format-date';
import { canEditRecords } from '../../lib/permissions';
import { Badge } from '../../ui/badge';
import { PageHeading } from '../../ui/page-heading';
import { PagedResults } from '../../ui/paged-results';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { cooperationsQueryKey } from './cooperations-query-keys';
import { CooperationsQuery } from './cooperations.operations';

const PAGE_SIZE = 50;

export function CooperationsPage() {
  const { t, i18n } = useTranslation();
  const viewer = useAuthenticatedViewer();
  const [search, setSearch] = useSearchParams();
  const text = search.get('q') ?? '';
  const status = search.get('statut') ?? '';
  const [draft, setDraft] = useState({ text, status });
  const variables = { text: text || null, status: (status || null) as CooperationStatus | null };
  const cooperations = useInfiniteQuery({
    queryKey: [...cooperationsQueryKey, variables],
    queryFn: ({ pageParam }) => request(CooperationsQuery, { ...variables, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.cooperations.pageInfo.hasNextPage ? last.cooperations.pageInfo.endCursor : null),
  });
  const rows = cooperations.data?.pages.flatMap((page) => page.cooperations.edges.map((edge) => edge.node)) ?? [];
  const total = cooperations.data?.pages[0]?.cooperations.totalCount ?? 0;
  const filtered = Boolean(text || status);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.text.trim()) next.set('q', draft.text.trim());
    if (draft.status) next.set('statut', draft.status);
    setSearch(next);
  }

  return (
    <>
      <div className="page-header">
        <PageHeading title={t('cooperations.title')} />
        <div className="button-group">
          <Link to="/conventions" className="button button--secondary">
            {t('cooperations.allConventions')}
          </Link>
          {canEditRecords(viewer.role) && (
            <Link to="/cooperations/nouvelle" className="button button--primary">
              {t('cooperations.new')}
            </Link>
          )}
        </div>
      </div>
      <p className="lead">{t('cooperations.intro')}</p>
      <form className="filters card" role="search" aria-label={t('cooperations.filtersLabel')} onSubmit={apply}>
        <div className="filters__grid">
          <TextField id="cooperations-text" name="q" type="search" label={t('cooperations.search')} value={draft.text} onValueChange={(value) => setDraft((previous) => ({ ...previous, text: value }))} className="filters__wide" />
          <SelectField
            id="cooperations-status"
            name="statut"
            label={t('cooperations.status')}
            placeholder={t('filters.any')}
            options={COOPERATION_STATUSES.map((value) => ({ value, label: t(`enums.cooperationStatus.${value}`) }))}
            value={draft.status}
            onValueChange={(value) => setDraft((previous) => ({ ...previous, status: value }))}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('filters.apply')}
          </button>
        </div>
      </form>
      <PagedResults
        query={cooperations}
        loadingLabel={t('common.loading')}
        count={cooperations.isSuccess ? t('cooperations.count', { count: total }) : null}
        hasRows={rows.length > 0}
        empty={<p className="empty-state empty-state--compact">{filtered ? t('cooperations.noMatch') : t('cooperations.empty')}</p>}
      >
        <div className="table-wrapper" role="region" aria-label={t('cooperations.title')} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{t('cooperations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cooperations.name')}</th>
                <th scope="col">{t('cooperations.territory')}</th>
                <th scope="col">{t('cooperations.country')}</th>
                <th scope="col">{t('cooperations.startedOn')}</th>
                <th scope="col">{t('cooperations.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((cooperation) => (
                <tr key={cooperation.id}>
                  <th scope="row" className="table__name">
                    <Link to={`/cooperations/${cooperation.id}`}>{cooperation.name}</Link>
                  </th>
                  <td>{cooperation.partnerTerritory}</td>
                  <td>{cooperation.countryName}</td>
                  <td>{cooperation.startedOn ? formatCalendarDate(cooperation.startedOn, i18n.language) : <span className="table__muted">—</span>}</td>
                  <td>
                    <Badge tone={cooperation.status === 'ACTIVE' ? 'success' : cooperation.status === 'SUSPENDED' ? 'warning' : 'neutral'}>
                      {t(`enums.cooperationStatus.${cooperation.status}`)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </PagedResults>
    </>
  );
}
