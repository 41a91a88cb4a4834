import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeliberationFieldsFragment } from '../../graphql/generated/graphql';
import { formatAmount } from '../../lib/format-amount';
import { formatCalendarDate } from '../../lib/format-date';
import { deliberationKeyDate } from './deliberation-key-date';
import { DeliberationStatusBadge } from './deliberation-status-badge';

interface DeliberationsTableProps {
  deliberations: readonly DeliberationFieldsFragment[];
  caption: string;
  /** On a project's page: the amount each deliberation grants to that project, instead of the list of projects. */
  forProjectId?: string;
}

export function DeliberationsTable({ deliberations, caption, forProjectId }: DeliberationsTableProps) {
  const { t, i18n } = useTranslation();
  const muted = <span className="table__muted">—</span>;
  const amount = (value: string | null | undefined) => (value ? formatAmount(value, i18n.language) : muted);
  return (
    <div className="table-wrapper" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deliberations.number')}</th>
            <th scope="col">{t('deliberations.deliberationTitle')}</th>
            <th scope="col">{t('deliberations.status')}</th>
            <th scope="col">{t('deliberations.date')}</th>
            <th scope="col">{t('deliberations.budgetYear')}</th>
            {forProjectId && (
              <th scope="col" className="table__number">
                {t('deliberations.amountForProject')}
              </th>
            )}
            <th scope="col" className="table__number">
              {t('deliberations.total')}
            </th>
            {!forProjectId && <th scope="col">{t('deliberations.projects')}</th>}
          </tr>
        </thead>
        <tbody>
          {deliberations.map((deliberation) => {
            const date = deliberationKeyDate(deliberation);
            return (
              <tr key={deliberation.id}>
                <td className="table__code">
                  {deliberation.number}
                  <span className="table__muted"> ({deliberation.year})</span>
                </td>
                <th scope="row" className="table__name">
                  <Link to={`/deliberations/${deliberation.id}`}>{deliberation.title}</Link>
                  <span className="table__muted"> — {t(`enums.deliberationAssembly.${deliberation.assembly}`)}</span>
                </th>
                <td>
                  <DeliberationStatusBadge status={deliberation.status} />
                </td>
                <td>{date ? formatCalendarDate(date, i18n.language) : muted}</td>
                <td>{deliberation.budgetYear ?? muted}</td>
                {forProjectId && <td className="table__number">{amount(deliberation.projects.find((link) => link.projectId === forProjectId)?.amount)}</td>}
                <td className="table__number">{amount(deliberation.amount)}</td>
                {!forProjectId && (
                  <td>
                    {deliberation.projects.length === 0 ? (
                      muted
                    ) : (
                      <ul className="plain-list inline-list">
                        {deliberation.projects.map((link) => (
                          <li key={link.projectId}>
                            <Link to={`/projets/${link.projectId}`} title={link.projectTitle}>
                              {link.projectCode}
                            </Link>
                          </li>
                        ))}
                      </ul>
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
