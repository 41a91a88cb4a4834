import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { formatAmount, formatPercentage } from '../../lib/format-amount';
import { formatCalendarDate } from '../../lib/format-date';
import { countryLabel, domainLabel } from '../../lib/reference-options';

interface ProjectOverviewProps {
  project: ProjectDetailsFragment;
}

export function ProjectOverview({ project }: ProjectOverviewProps) {
  const { t, i18n } = useTranslation();
  const none = <span className="table__muted">{t('common.none')}</span>;
  const date = (value: string | null | undefined) => (value ? formatCalendarDate(value, i18n.language) : null);
  const period = (start: string | null | undefined, end: string | null | undefined): ReactNode =>
    start || end ? t('common.period', { start: date(start) ?? '…', end: date(end) ?? '…' }) : none;

  return (
    <div className="stack">
      <section aria-labelledby="overview-general">
        <h2 id="overview-general" className="section__title">
          {t('project.general')}
        </h2>
        <dl className="summary-list">
          <div>
            <dt>{t('projectForm.summary')}</dt>
            <dd className="prewrap">{project.summary || none}</dd>
          </div>
          <div>
            <dt>{t('projectForm.engagementMode')}</dt>
            <dd>{t(`enums.engagementMode.${project.engagementMode}`)}</dd>
          </div>
          <div>
            <dt>{t('projectForm.actionKind')}</dt>
            <dd>{t(`enums.actionKind.${project.actionKind}`)}</dd>
          </div>
          <div>
            <dt>{t('projectForm.cooperation')}</dt>
            <dd>{project.cooperationId && project.cooperationName ? <Link to={`/cooperations/${project.cooperationId}`}>{project.cooperationName}</Link> : none}</dd>
          </div>
          <div>
            <dt>{t('projectForm.thematicDomains')}</dt>
            <dd>{project.thematicDomains.length > 0 ? project.thematicDomains.map(domainLabel).join(', ') : none}</dd>
          </div>
          <div>
            <dt>{t('project.plannedPeriod')}</dt>
            <dd>{period(project.plannedStart, project.plannedEnd)}</dd>
          </div>
          <div>
            <dt>{t('project.actualPeriod')}</dt>
            <dd>{period(project.actualStart, project.actualEnd)}</dd>
          </div>
          <div>
            <dt>{t('projectForm.plannedBudget')}</dt>
            <dd>{project.plannedBudget ? formatAmount(project.plannedBudget, i18n.language) : none}</dd>
          </div>
          <div>
            <dt>{t('projectForm.published')}</dt>
            <dd>{project.published ? t('common.yes') : t('common.no')}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="overview-sectors">
        <h2 id="overview-sectors" className="section__title">
          {t('projectForm.sectors')}
        </h2>
        <div className="table-wrapper" role="region" aria-label={t('projectForm.sectors')} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{t('projectForm.sectors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('project.sectorCode')}</th>
                <th scope="col">{t('project.sectorName')}</th>
                <th scope="col" className="table__number">
                  {t('projectForm.percentage')}
                </th>
              </tr>
            </thead>
            <tbody>
              {project.sectors.map((sector) => (
                <tr key={sector.sectorCode}>
                  <td className="table__code">{sector.sectorCode}</td>
                  <th scope="row" className="table__name">
                    {sector.sectorName}
                  </th>
                  <td className="table__number">{formatPercentage(sector.percentage, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="overview-sdgs">
        <h2 id="overview-sdgs" className="section__title">
          {t('projectForm.sdgs')}
        </h2>
        {project.sdgs.length === 0 ? (
          <p>{none}</p>
        ) : (
          <ul className="plain-list">
            {project.sdgs.map((sdg) => (
              <li key={`${sdg.goal}-${sdg.target ?? ''}`}>
                <strong>{sdg.goalName}</strong>
                {sdg.target && (
                  <>
                    <br />
                    {t('project.sdgTarget', { target: sdg.target })} {sdg.targetName}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="overview-geography">
        <h2 id="overview-geography" className="section__title">
          {t('projectForm.geographySection')}
        </h2>
        <dl className="summary-list">
          <div>
            <dt>{t('projectForm.countries')}</dt>
            <dd>{project.countries.map((country) => country.name).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('projectForm.places')}</dt>
            <dd>
              {project.places.length === 0 ? (
                none
              ) : (
                <ul className="plain-list">
                  {project.places.map((place) => (
                    <li key={place.id}>
                      {place.name} ({countryLabel(place.countryCode)})
                      {place.latitude !== null && place.latitude !== undefined && place.longitude !== null && place.longitude !== undefined && (
                        <span className="table__muted"> — {t('project.coordinates', { latitude: place.latitude, longitude: place.longitude })}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="overview-organisations">
        <h2 id="overview-organisations" className="section__title">
          {t('projectForm.organisations')}
        </h2>
        {project.organisations.length === 0 ? (
          <p>{none}</p>
        ) : (
          <div className="table-wrapper" role="region" aria-label={t('projectForm.organisations')} tabIndex={0}>
            <table className="table">
              <caption className="sr-only">{t('projectForm.organisations')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('project.organisationName')}</th>
                  <th scope="col">{t('projectForm.iatiRole')}</th>
                  <th scope="col">{t('project.organisationCountry')}</th>
                </tr>
              </thead>
              <tbody>
                {project.organisations.map((organisation) => (
                  <tr key={`${organisation.name}-${organisation.iatiRole}`}>
                    <th scope="row" className="table__name">
                      {organisation.organisationId ? <Link to={`/annuaire/${organisation.organisationId}`}>{organisation.name}</Link> : organisation.name}
                    </th>
                    <td>{organisation.iatiRoleName}</td>
                    <td>{countryLabel(organisation.countryCode)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
