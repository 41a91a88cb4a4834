import { COOPERATION_STATUSES, cooperationSchema } from '@passerelles/shared/schemas/cooperation.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationFieldsFragment, CooperationInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { COUNTRY_SELECT_OPTIONS } from '../../lib/reference-options';
import { fieldBinder, summaryEntries } from '../../lib/form-field-binding';
import { useFormState } from '../../lib/use-form-state';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { TextareaField } from '../../ui/textarea-field';
import { cooperationQueryKey, cooperationsQueryKey } from './cooperations-query-keys';
import { CreateCooperationMutation, UpdateCooperationMutation } from './cooperations.operations';

// Same names as the GraphQL input, so that the API's field errors land on the right inputs.
const FIELDS = ['name', 'partnerTerritory', 'countryCode', 'partnerOrganisationId', 'startedOn', 'status', 'description'] as const;
type Field = (typeof FIELDS)[number];

interface CooperationFormProps {
  cooperation?: CooperationFieldsFragment;
  organisations: readonly SelectOption[];
  onSaved: (cooperation: CooperationFieldsFragment) => void;
  onCancel: () => void;
}

function initialValues(cooperation?: CooperationFieldsFragment): Record<Field, string> {
  return {
    name: cooperation?.name ?? '',
    partnerTerritory: cooperation?.partnerTerritory ?? '',
    countryCode: cooperation?.countryCode ?? '',
    partnerOrganisationId: cooperation?.partnerOrganisation?.id ?? '',
    startedOn: cooperation?.startedOn ?? '',
    status: cooperation?.status ?? 'ACTIVE',
    description: cooperation?.description ?? '',
  };
}

export function CooperationForm({ cooperation, organisations, onSaved, onCancel }: CooperationFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState(cooperationSchema, FIELDS, initialValues(cooperation), t('form.requiredField'));
  const save = useMutation({
    mutationFn: async (input: CooperationInput) =>
      cooperation ? (await request(UpdateCooperationMutation, { id: cooperation.id, input })).updateCooperation : (await request(CreateCooperationMutation, { input })).createCooperation,
    onSuccess: async (saved) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: cooperationsQueryKey }), queryClient.invalidateQueries({ queryKey: cooperationQueryKey(saved.id) })]);
      onSaved(saved);
    },
    onError: form.showApiError,
  });

  const labels: Record<Field, string> = {
    name: t('cooperationForm.name'),
    partnerTerritory: t('cooperationForm.partnerTerritory'),
    countryCode: t('cooperationForm.country'),
    partnerOrganisationId: t('cooperationForm.partnerOrganisation'),
    startedOn: t('cooperationForm.startedOn'),
    status: t('cooperationForm.status'),
    description: t('cooperationForm.description'),
  };
  const entries = summaryEntries(form, FIELDS, 'cooperation', labels);
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || save.isError);
  const fieldProps = fieldBinder(form, 'cooperation', labels);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    const input = form.validate();
    if (input) save.mutate(input);
  }

  return (
    <>
      {showSummary && <ErrorSummary attempt={form.attempt} entries={entries} message={save.isError ? apiErrorMessage(save.error, t) : undefined} />}
      <form className="form card" noValidate onSubmit={submit} aria-busy={save.isPending}>
        <p className="form__notice">{t('form.requiredMarked')}</p>
        <TextField {...fieldProps('name')} required hint={t('cooperationForm.nameHint')} />
        <div className="form-grid">
          <TextField {...fieldProps('partnerTerritory')} required hint={t('cooperationForm.partnerTerritoryHint')} />
          <SelectField {...fieldProps('countryCode')} required placeholder={t('form.choose')} options={COUNTRY_SELECT_OPTIONS} />
        </div>
        <SelectField
          {...fieldProps('partnerOrganisationId')}
          hint={organisations.length === 0 ? t('cooperationForm.noOrganisation') : t('cooperationForm.partnerOrganisationHint')}
          placeholder={t('cooperationForm.noPartnerOrganisation')}
          options={organisations}
        />
        <div className="form-grid">
          <TextField {...fieldProps('startedOn')} type="date" hint={t('form.optional')} />
          <SelectField {...fieldProps('status')} required options={COOPERATION_STATUSES.map((value) => ({ value, label: t(`enums.cooperationStatus.${value}`) }))} />
        </div>
        <TextareaField {...fieldProps('description')} hint={t('form.optional')} rows={5} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : cooperation ? t('common.saveChanges') : t('cooperationForm.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
