import { ORGANISATION_KINDS } from '@passerelles/shared/schemas/organisation.schemas';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { OrganisationKind } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { canEditRecords } from '../../lib/permissions';
import { Badge } from '../../ui/badge';
import { CheckboxField } from '../../ui/checkbox-field';
import { PageHeading } from '../../ui/page-heading';
import { PagedResults } from '../../ui/paged-results';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useAuthenticatedViewer } from '../auth/use-viewer';
import { organisationsQueryKey } from './directory-query-keys';
import { OrganisationsQuery } from './directory.operations';

const PAGE_SIZE = 50;

/** The collectivité's directory of partner organisations (annuaire). */
export function DirectoryPage() {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();
  const [search, setSearch] = useSearchParams();
  const text = search.get('q') ?? '';
  const kind = search.get('nature') ?? '';
  const includeArchived = search.get('archives') === 'oui';
  const [draft, setDraft] = useState({ text, kind, includeArchived });
  const variables = { text: text || null, kind: (kind || null) as OrganisationKind | null, includeArchived };
  const organisations = useInfiniteQuery({
    queryKey: [...organisationsQueryKey, 'list', variables],
    queryFn: ({ pageParam }) => request(OrganisationsQuery, { ...variables, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.organisations.pageInfo.hasNextPage ? last.organisations.pageInfo.endCursor : null),
  });
  const rows = organisations.data?.pages.flatMap((page) => page.organisations.edges.map((edge) => edge.node)) ?? [];
  const total = organisations.data?.pages[0]?.organisations.totalCount ?? 0;
  const filtered = Boolean(text || kind);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.text.trim()) next.set('q', draft.text.trim());
    if (draft.kind) next.set('nature', draft.kind);
    if (draft.includeArchived) next.set('archives', 'oui');
    setSearch(next);
  }

  return (
    <>
      <div className="page-header">
        <PageHeading title={t('directory.title')} />
        {canEditRecords(viewer.role) && (
          <Link to="/annuaire/nouvelle" className="button button--primary">
            {t('directory.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('directory.intro')}</p>
      <form className="filters card" role="search" aria-label={t('directory.filtersLabel')} onSubmit={apply}>
        <div className="filters__grid">
          <TextField
            id="directory-text"
            name="q"
            type="search"
            label={t('directory.search')}
            hint={t('directory.searchHint')}
            value={draft.text}
            onValueChange={(value) => setDraft((previous) => ({ ...previous, text: value }))}
            className="filters__wide"
          />
          <SelectField
            id="directory-kind"
            name="nature"
            label={t('directory.kind')}
            placeholder={t('filters.any')}
            options={ORGANISATION_KINDS.map((value) => ({ value, label: t(`enums.organisationKind.${value}`) }))}
            value={draft.kind}
            onValueChange={(value) => setDraft((previous) => ({ ...previous, kind: value }))}
          />
        </div>
        <CheckboxField
          id="directory-archived"
          label={t('directory.includeArchived')}
          checked={draft.includeArchived}
          onCheckedChange={(checked) => setDraft((previous) => ({ ...previous, includeArchived: checked }))}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('filters.apply')}
          </button>
        </div>
      </form>
      <PagedResults
        query={organisations}
        loadingLabel={t('common.loading')}
        count={organisations.isSuccess ? t('directory.count', { count: total }) : null}
        hasRows={rows.length > 0}
        empty={<p className="empty-state empty-state--compact">{filtered ? t('directory.noMatch') : t('directory.empty')}</p>}
      >
        <div className="table-wrapper" role="region" aria-label={t('directory.title')} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{t('directory.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directory.name')}</th>
                <th scope="col">{t('directory.kind')}</th>
                <th scope="col">{t('directory.country')}</th>
                <th scope="col">{t('directory.iatiType')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row" className="table__name">
                    <Link to={`/annuaire/${organisation.id}`}>{organisation.name}</Link>
                    {organisation.acronym && <span className="table__muted"> ({organisation.acronym})</span>}
                    {organisation.archived && (
                      <>
                        {' '}
                        <Badge tone="neutral">{t('directory.archived')}</Badge>
                      </>
                    )}
                  </th>
                  <td>{t(`enums.organisationKind.${organisation.kind}`)}</td>
                  <td>{organisation.countryName}</td>
                  <td>{organisation.iatiTypeName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </PagedResults>
    </>
  );
}
