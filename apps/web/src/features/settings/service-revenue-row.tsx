import { serviceRevenuesSchema } from '@passerelles/shared/schemas/tenant-settings.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceRevenuesInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { amountForInput } from '../../lib/format-amount';
import { pathErrorsFromApi, pathErrorsFromIssues, type PathErrors } from '../../lib/path-errors';
import { tenantSettingsQueryKey } from './settings-query-keys';
import { SetServiceRevenuesMutation } from './settings.operations';

export const REVENUE_FIELDS = ['waterRevenue', 'sanitationRevenue', 'wasteRevenue', 'energyRevenue'] as const;
type RevenueField = (typeof REVENUE_FIELDS)[number];

export interface RevenueYear {
  year: number;
  waterRevenue?: string | null;
  sanitationRevenue?: string | null;
  wasteRevenue?: string | null;
  energyRevenue?: string | null;
}

interface ServiceRevenueRowProps {
  revenue: RevenueYear;
  /** A year added in the page and not saved yet. */
  isNew: boolean;
  onSaved: (year: number) => void;
}

/**
 * One year of the table, editable in place: each row is its own form (the table is its layout), saved on its
 * own, since the API replaces one year at a time.
 */
export function ServiceRevenueRow({ revenue, isNew, onSaved }: ServiceRevenueRowProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const formId = `revenues-${revenue.year}`;
  const [values, setValues] = useState<Record<RevenueField, string>>(() => ({
    waterRevenue: amountForInput(revenue.waterRevenue, i18n.language),
    sanitationRevenue: amountForInput(revenue.sanitationRevenue, i18n.language),
    wasteRevenue: amountForInput(revenue.wasteRevenue, i18n.language),
    energyRevenue: amountForInput(revenue.energyRevenue, i18n.language),
  }));
  const [errors, setErrors] = useState<PathErrors>({});
  const save = useMutation({
    mutationFn: (input: ServiceRevenuesInput) => request(SetServiceRevenuesMutation, { input }),
    onSuccess: async () => {
      onSaved(revenue.year);
      await queryClient.invalidateQueries({ queryKey: tenantSettingsQueryKey });
    },
    onError: (error) => setErrors(pathErrorsFromApi(error)),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    const input = Object.fromEntries(REVENUE_FIELDS.map((field) => [field, values[field].trim() || null]));
    const parsed = serviceRevenuesSchema.safeParse({ year: revenue.year, ...input });
    if (!parsed.success) {
      const found = pathErrorsFromIssues(parsed.error.issues);
      setErrors(found);
      const first = REVENUE_FIELDS.find((field) => found[field]);
      if (first) document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    setErrors({});
    save.mutate(parsed.data);
  }

  return (
    <tr>
      <th scope="row" className="table__name">
        {revenue.year}
        {isNew && <span className="table__muted"> {t('settings.notSaved')}</span>}
        <form id={formId} noValidate onSubmit={submit} aria-label={t('settings.rowForm', { year: revenue.year })} />
      </th>
      {REVENUE_FIELDS.map((field) => {
        const inputId = `${formId}-${field}`;
        const error = errors[field];
        return (
          <td key={field}>
            <input
              id={inputId}
              form={formId}
              className={`field__input field__input--compact${error ? ' field__input--error' : ''}`}
              inputMode="decimal"
              autoComplete="off"
              aria-label={t('settings.revenueOf', { service: t(`settings.services.${field}`), year: revenue.year })}
              aria-invalid={error ? 'true' : 'false'}
              aria-describedby={error ? `${inputId}-error` : undefined}
              value={values[field]}
              onChange={(event) => setValues((previous) => ({ ...previous, [field]: event.target.value }))}
            />
            {error && (
              <p id={`${inputId}-error`} className="field__error">
                {error}
              </p>
            )}
          </td>
        );
      })}
      <td>
        <button type="submit" form={formId} className="button button--secondary button--small" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? t('common.saving') : t('settings.saveYear', { year: revenue.year })}
        </button>
        {save.isError && (
          <p className="field__error" role="alert">
            {apiErrorMessage(save.error, t)}
          </p>
        )}
      </td>
    </tr>
  );
}
