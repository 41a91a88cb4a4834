import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useFocusRequest } from '../../ui/use-focus-request';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ErrorNotice } from '../../ui/error-notice';
import { LoadingStatus } from '../../ui/loading-status';
import { StatusMessage } from '../../ui/status-message';
import type { Viewer } from '../auth/use-viewer';
import { MemberRow } from './member-row';
import { membersQueryKey } from './members-query-keys';
import { MembersQuery } from './members.operations';
import { RemoveMemberDialog, type MemberToRemove } from './remove-member-dialog';

const PAGE_SIZE = 50;

interface MembersTableProps {
  viewer: Viewer;
  canManage: boolean;
}

export function MembersTable({ viewer, canManage }: MembersTableProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusRequest();
  const table = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<MemberToRemove | null>(null);
  const members = useInfiniteQuery({
    queryKey: membersQueryKey,
    queryFn: ({ pageParam }) => request(MembersQuery, { first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.members.pageInfo.hasNextPage ? last.members.pageInfo.endCursor : null),
  });

  const rows = members.data?.pages.flatMap((page) => page.members.edges.map((edge) => edge.node)) ?? [];
  const total = members.data?.pages[0]?.members.totalCount ?? 0;

  return (
    <section className="section" aria-busy={members.isFetching}>
      <h2 id="members-title" ref={heading} tabIndex={-1} className="section__title">
        {t('members.listTitle')}
        {members.isSuccess && <span className="section__count"> — {t('members.count', { count: total })}</span>}
      </h2>
      <StatusMessage message={announcement} />
      {members.isPending && <LoadingStatus label={t('members.loading')} />}
      {members.isError && (
        <ErrorNotice title={t('errors.loadFailed')}>
          <p>{apiErrorMessage(members.error, t)}</p>
        </ErrorNotice>
      )}
      {members.isSuccess && (
        <div ref={table} className="table-wrapper" role="region" aria-labelledby="members-title" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.joinedAt')}</th>
                {canManage && <th scope="col">{t('members.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((member) => (
                <MemberRow
                  key={member.id}
                  member={member}
                  isViewer={member.userId === viewer.user.id}
                  canManage={canManage}
                  onAnnounce={setAnnouncement}
                  onRemove={() => setToRemove({ id: member.id, name: member.name })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {members.hasNextPage && (
        <button type="button" className="button button--secondary" onClick={async () => {
            const result = await members.fetchNextPage();
            // The last page removes the button: keep focus on the list rather than losing it to <body>.
            if (!result.hasNextPage) table.current?.focus();
          }} disabled={members.isFetchingNextPage} aria-busy={members.isFetchingNextPage}>
          {t('members.loadMore')}
        </button>
      )}
      <RemoveMemberDialog
        member={toRemove}
        tenantName={viewer.currentTenant.name}
        onClose={() => setToRemove(null)}
        onRemoved={(name) => {
          setToRemove(null);
          setAnnouncement(t('members.removed', { name }));
          // The row and its button are gone: give focus a stable place rather than letting it fall to <body>.
          // Requested after render, so that the closing dialog's return of focus to its (removed) opener does not win.
          focusAfterRender('members-title');
        }}
      />
    </section>
  );
}
