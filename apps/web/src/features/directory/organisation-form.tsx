import { ORGANISATION_KINDS, organisationSchema } from '@passerelles/shared/schemas/organisation.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationFieldsFragment, OrganisationInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { COUNTRY_SELECT_OPTIONS, ORGANISATION_TYPE_SELECT_OPTIONS } from '../../lib/reference-options';
import { fieldBinder, summaryEntries } from '../../lib/form-field-binding';
import { useFormState } from '../../lib/use-form-state';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { TextareaField } from '../../ui/textarea-field';
import { organisationQueryKey, organisationsQueryKey } from './directory-query-keys';
import { CreateOrganisationMutation, UpdateOrganisationMutation } from './directory.operations';

const FIELDS = ['name', 'acronym', 'kind', 'countryCode', 'iatiTypeCode', 'iatiIdentifier', 'website', 'email', 'phone', 'address', 'notes'] as const;
type Field = (typeof FIELDS)[number];

/** The IATI type most organisations of a kind have, proposed while none is chosen. */
const USUAL_IATI_TYPE: Partial<Record<string, string>> = {
  FOREIGN_LOCAL_AUTHORITY: '11',
  NGO: '22',
  SCHOOL: '80',
  UNIVERSITY: '80',
  COMPANY: '70',
};

interface OrganisationFormProps {
  organisation?: OrganisationFieldsFragment;
  onSaved: (organisation: OrganisationFieldsFragment) => void;
  onCancel: () => void;
}

function initialValues(organisation?: OrganisationFieldsFragment): Record<Field, string> {
  return {
    name: organisation?.name ?? '',
    acronym: organisation?.acronym ?? '',
    kind: organisation?.kind ?? '',
    countryCode: organisation?.countryCode ?? '',
    iatiTypeCode: organisation?.iatiTypeCode ?? '',
    iatiIdentifier: organisation?.iatiIdentifier ?? '',
    website: organisation?.website ?? '',
    email: organisation?.email ?? '',
    phone: organisation?.phone ?? '',
    address: organisation?.address ?? '',
    notes: organisation?.notes ?? '',
  };
}

export function OrganisationForm({ organisation, onSaved, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState(organisationSchema, FIELDS, initialValues(organisation), t('form.requiredField'));
  const save = useMutation({
    mutationFn: async (input: OrganisationInput) =>
      organisation ? (await request(UpdateOrganisationMutation, { id: organisation.id, input })).updateOrganisation : (await request(CreateOrganisationMutation, { input })).createOrganisation,
    onSuccess: async (saved) => {
      queryClient.setQueryData(organisationQueryKey(saved.id), { organisation: saved });
      await queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      onSaved(saved);
    },
    onError: form.showApiError,
  });

  const labels: Record<Field, string> = {
    name: t('organisationForm.name'),
    acronym: t('organisationForm.acronym'),
    kind: t('organisationForm.kind'),
    countryCode: t('organisationForm.country'),
    iatiTypeCode: t('organisationForm.iatiType'),
    iatiIdentifier: t('organisationForm.iatiIdentifier'),
    website: t('organisationForm.website'),
    email: t('organisationForm.email'),
    phone: t('organisationForm.phone'),
    address: t('organisationForm.address'),
    notes: t('organisationForm.notes'),
  };
  const entries = summaryEntries(form, FIELDS, 'organisation', labels);
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || save.isError);
  const fieldProps = fieldBinder(form, 'organisation', labels);

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
        <div className="form-grid">
          <TextField {...fieldProps('name')} required autoComplete="organization" />
          <TextField {...fieldProps('acronym')} hint={t('form.optional')} autoComplete="off" className="field--narrow" />
        </div>
        <div className="form-grid">
          <SelectField
            {...fieldProps('kind')}
            required
            placeholder={t('form.choose')}
            options={ORGANISATION_KINDS.map((value) => ({ value, label: t(`enums.organisationKind.${value}`) }))}
            onValueChange={(value) => {
              form.setValue('kind', value);
              const usual = USUAL_IATI_TYPE[value];
              if (usual && form.values.iatiTypeCode === '') form.setValue('iatiTypeCode', usual);
            }}
          />
          <SelectField {...fieldProps('countryCode')} required placeholder={t('form.choose')} options={COUNTRY_SELECT_OPTIONS} />
        </div>
        <div className="form-grid">
          <SelectField {...fieldProps('iatiTypeCode')} required hint={t('organisationForm.iatiTypeHint')} placeholder={t('form.choose')} options={ORGANISATION_TYPE_SELECT_OPTIONS} />
          <TextField {...fieldProps('iatiIdentifier')} hint={t('organisationForm.iatiIdentifierHint')} autoComplete="off" spellCheck={false} />
        </div>
        <div className="form-grid">
          <TextField {...fieldProps('website')} type="url" hint={t('organisationForm.websiteHint')} autoComplete="url" />
          <TextField {...fieldProps('email')} type="email" hint={t('form.optional')} autoComplete="email" />
          <TextField {...fieldProps('phone')} type="tel" hint={t('form.optional')} autoComplete="tel" />
        </div>
        <TextareaField {...fieldProps('address')} hint={t('form.optional')} rows={3} />
        <TextareaField {...fieldProps('notes')} hint={t('form.optional')} rows={4} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : organisation ? t('common.saveChanges') : t('organisationForm.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
