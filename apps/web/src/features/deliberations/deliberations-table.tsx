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
  showProject?: boolean;
}

export function DeliberationsTable({ deliberations, caption, showProject = true }: DeliberationsTableProps) {
  const { t, i18n } = useTranslation();
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
            <th scope="col" className="table__number">
              {t('deliberations.amount')}
            </th>
            {showProject && <th scope="col">{t('deliberations.project')}</th>}
          </tr>
        </thead>
        <tbody>
          {deliberations.map((deliberation) => {
            const date = deliberationKeyDate(deliberation);
            return (
              <tr key={deliberation.id}>
                <td className="table__code">{deliberation.number}</td>
                <th scope="row" className="table__name">
                  <Link to={`/deliberations/${deliberation.id}`}>{deliberation.title}</Link>
                  <span className="table__muted"> — {t(`enums.deliberationAssembly.${deliberation.assembly}`)}</span>
                </th>
                <td>
                  <DeliberationStatusBadge status={deliberation.status} />
                </td>
                <td>{date ? formatCalendarDate(date, i18n.language) : <span className="table__muted">—</span>}</td>
                <td className="table__number">{deliberation.amount ? formatAmount(deliberation.amount, i18n.language) : <span className="table__muted">—</span>}</td>
                {showProject && (
                  <td>{deliberation.projectId ? <Link to={`/projets/${deliberation.projectId}`}>{deliberation.projectTitle}</Link> : <span className="table__muted">—</span>}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
