import { TENANT_KINDS } from '@passerelles/domain/member-role';
import { updateTenantSchema } from '@passerelles/shared/schemas/tenant-settings.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantSettingsQuery, UpdateTenantInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { fieldBinder, summaryEntries } from '../../lib/form-field-binding';
import { regionSelectGroups } from '../../lib/region-options';
import { useFormState } from '../../lib/use-form-state';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { StatusMessage } from '../../ui/status-message';
import { TextField } from '../../ui/text-field';
import { viewerQueryKey } from '../auth/use-viewer';
import { tenantSettingsQueryKey } from './settings-query-keys';
import { UpdateTenantMutation } from './settings.operations';

const FIELDS = ['name', 'kind', 'siren', 'regionCode'] as const;
type Field = (typeof FIELDS)[number];

export function TenantForm({ tenant }: { tenant: TenantSettingsQuery['tenantSettings']['tenant'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useFormState(updateTenantSchema, FIELDS, { name: tenant.name, kind: tenant.kind, siren: tenant.siren, regionCode: tenant.regionCode }, t('form.requiredField'));
  const save = useMutation({
    mutationFn: (input: UpdateTenantInput) => request(UpdateTenantMutation, { input }),
    onSuccess: async () => {
      setSaved(true);
      // The name shows in the header and the collectivité switcher.
      await Promise.all([queryClient.invalidateQueries({ queryKey: tenantSettingsQueryKey }), queryClient.invalidateQueries({ queryKey: viewerQueryKey })]);
    },
    onError: form.showApiError,
  });
  const labels: Record<Field, string> = { name: t('signUp.tenantName'), kind: t('signUp.tenantKind'), siren: t('signUp.siren'), regionCode: t('signUp.region') };
  const entries = summaryEntries(form, FIELDS, 'tenant', labels);
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || save.isError);
  const bindField = fieldBinder(form, 'tenant', labels);
  const fieldProps = (field: Field) => ({
    ...bindField(field),
    required: true,
    // A change makes the "saved" confirmation stale.
    onValueChange: (value: string) => {
      setSaved(false);
      form.setValue(field, value);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    setSaved(false);
    const input = form.validate();
    if (input) save.mutate(input);
  }

  return (
    <section className="section" aria-labelledby="tenant-title">
      <h2 id="tenant-title" className="section__title">
        {t('settings.tenantTitle')}
      </h2>
      {showSummary && <ErrorSummary attempt={form.attempt} entries={entries} message={save.isError ? apiErrorMessage(save.error, t) : undefined} />}
      <form className="form card" noValidate onSubmit={submit} aria-busy={save.isPending}>
        <TextField {...fieldProps('name')} autoComplete="organization" />
        <div className="form-grid">
          <SelectField {...fieldProps('kind')} options={TENANT_KINDS.map((kind) => ({ value: kind, label: t(`tenantKinds.${kind}`) }))} />
          <TextField {...fieldProps('siren')} hint={t('signUp.sirenHint')} inputMode="numeric" autoComplete="off" maxLength={14} />
          <SelectField {...fieldProps('regionCode')} groups={regionSelectGroups(t)} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.saveChanges')}
          </button>
        </div>
      </form>
      <StatusMessage message={saved ? t('settings.tenantSaved') : null} />
    </section>
  );
}
