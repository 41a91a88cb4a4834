import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantSettingsQuery } from '../../graphql/generated/graphql';
import { CURRENT_YEAR, YEAR_OPTIONS } from '../../lib/reference-options';
import { SelectField } from '../../ui/select-field';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { REVENUE_FIELDS, ServiceRevenueRow } from './service-revenue-row';

interface ServiceRevenuesTableProps {
  revenues: TenantSettingsQuery['tenantSettings']['serviceRevenues'];
}

/** The revenues of the water, sanitation, waste and energy services per year: the bases of the 1 % ceilings. */
export function ServiceRevenuesTable({ revenues }: ServiceRevenuesTableProps) {
  const { t } = useTranslation();
  const focus = useFocusRequest();
  const [added, setAdded] = useState<number[]>([]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const known = new Set(revenues.map((revenue) => revenue.year));
  const newYears = added.filter((year) => !known.has(year));
  const rows = [...newYears.map((year) => ({ year })), ...revenues].sort((a, b) => b.year - a.year);
  const available = YEAR_OPTIONS.filter((option) => !known.has(Number(option.value)) && !added.includes(Number(option.value)));
  const [year, setYear] = useState(String(CURRENT_YEAR));
  const chosen = available.some((option) => option.value === year) ? year : (available[0]?.value ?? '');

  function addYear(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    setAdded((previous) => [...previous, Number(chosen)]);
    setAnnouncement(t('settings.yearAdded', { year: chosen }));
    focus(`revenues-${chosen}-waterRevenue`);
  }

  return (
    <section className="section" aria-labelledby="revenues-title">
      <h2 id="revenues-title" className="section__title">
        {t('settings.revenuesTitle')}
      </h2>
      <p>{t('settings.revenuesIntro')}</p>
      <StatusMessage message={announcement} />
      {rows.length === 0 ? (
        <p className="empty-state empty-state--compact">{t('settings.revenuesEmpty')}</p>
      ) : (
        <div className="table-wrapper" role="region" aria-labelledby="revenues-title" tabIndex={0}>
          <table className="table table--form">
            <caption className="sr-only">{t('settings.revenuesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.year')}</th>
                {REVENUE_FIELDS.map((field) => (
                  <th key={field} scope="col">
                    {t(`settings.services.${field}`)}
                  </th>
                ))}
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((revenue) => (
                <ServiceRevenueRow
                  key={revenue.year}
                  revenue={revenue}
                  isNew={!known.has(revenue.year)}
                  onSaved={(savedYear) => setAnnouncement(t('settings.yearSaved', { year: savedYear }))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="field__hint">{t('settings.revenuesHint')}</p>
      {available.length > 0 && (
        <form className="form form--inline" onSubmit={addYear}>
          <SelectField id="revenues-new-year" name="year" label={t('settings.newYear')} options={available} value={chosen} onValueChange={setYear} />
          <div className="form__actions">
            <button type="submit" className="button button--secondary">
              {t('settings.addYear')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
