import { useTranslation } from 'react-i18next';
import type { ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { formatAmount } from '../../lib/format-amount';
import { CoverageBadge } from './coverage-badge';

type Coverage = NonNullable<ProjectDetailsFragment['deliberationCoverage']>;

interface DeliberationCoveragePanelProps {
  coverage: Coverage;
  /** A partner covers its contribution; the lead, its share of the spending. */
  partner: boolean;
}

/**
 * The collectivité's own share of the project and what its executory deliberations cover: the overall state, then
 * one row per budget year (a year's surplus never makes up for another year's shortfall).
 */
export function DeliberationCoveragePanel({ coverage, partner }: DeliberationCoveragePanelProps) {
  const { t, i18n } = useTranslation();
  const amount = (value: string | null | undefined) => (value ? formatAmount(value, i18n.language) : <span className="table__muted">—</span>);
  const caption = t('coverage.yearsCaption');

  return (
    <section aria-labelledby="coverage-title" className="panel">
      <h3 id="coverage-title" className="subsection__title">
        {partner ? t('coverage.titlePartner') : t('coverage.titleLead')}
      </h3>
      <p>
        <CoverageBadge state={coverage.state} /> {t(`coverage.text.${coverage.state}`)}
      </p>
      {coverage.years.length > 0 ? (
        <div className="table-wrapper" role="region" aria-label={caption} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.year')}</th>
                <th scope="col" className="table__number">
                  {t('coverage.planned')}
                </th>
                <th scope="col" className="table__number">
                  {t('coverage.covered')}
                </th>
                <th scope="col" className="table__number">
                  {t('coverage.missing')}
                </th>
                <th scope="col">{t('coverage.state')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{year.year}</th>
                  <td className="table__number">{amount(year.planned)}</td>
                  <td className="table__number">{amount(year.covered)}</td>
                  <td className="table__number">{amount(year.missing)}</td>
                  <td>
                    <CoverageBadge state={year.state} />
                  </td>
                </tr>
              ))}
            </tbody>
            {coverage.state !== 'NO_PLANNED_SPENDING' && (
              <tfoot>
                <tr>
                  <th scope="row">{t('coverage.allYears')}</th>
                  <td className="table__number">{amount(coverage.planned)}</td>
                  <td className="table__number">{amount(coverage.covered)}</td>
                  <td className="table__number">{amount(coverage.missing)}</td>
                  <td>
                    <CoverageBadge state={coverage.state} />
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      ) : (
        coverage.state !== 'NO_PLANNED_SPENDING' && (
          <dl className="summary-list">
            <div>
              <dt>{t('coverage.planned')}</dt>
              <dd>{amount(coverage.planned)}</dd>
            </div>
            <div>
              <dt>{t('coverage.covered')}</dt>
              <dd>{amount(coverage.covered)}</dd>
            </div>
            {coverage.missing && (
              <div>
                <dt>{t('coverage.missing')}</dt>
                <dd>{amount(coverage.missing)}</dd>
              </div>
            )}
          </dl>
        )
      )}
      {coverage.years.length === 0 && coverage.state !== 'NO_PLANNED_SPENDING' && <p className="field__hint">{t('coverage.wholeOnly')}</p>}
    </section>
  );
}
