import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeliberationFieldsFragment } from '../../graphql/generated/graphql';
import { formatAmount } from '../../lib/format-amount';

/** The projects a deliberation covers, the amount granted to each, and the total. */
export function CoveredProjectsTable({ deliberation }: { deliberation: DeliberationFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const caption = t('deliberationPage.projectsCaption', { number: deliberation.number });
  return (
    <div className="table-wrapper" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deliberations.project')}</th>
            <th scope="col" className="table__number">
              {t('deliberations.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {deliberation.projects.map((link) => (
            <tr key={link.projectId}>
              <th scope="row" className="table__name">
                <span className="table__code table__code--above">{link.projectCode}</span>
                <Link to={`/projets/${link.projectId}`}>{link.projectTitle}</Link>
                {!link.ownProject && <span className="table__muted"> — {t('deliberationPage.sharedContribution')}</span>}
              </th>
              <td className="table__number">{formatAmount(link.amount, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
        {deliberation.amount && (
          <tfoot>
            <tr>
              <th scope="row">
                {t('deliberationPage.total')}
              </th>
              <td className="table__number table__total">{formatAmount(deliberation.amount, i18n.language)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
