import { conventionSchema, conventionVersionSchema } from '@passerelles/shared/schemas/cooperation.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FocusEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConventionFieldsFragment, ConventionInput, ConventionKind } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { inputIdFor } from '../../lib/path-errors';
import { useStructuredForm } from '../../lib/use-structured-form';
import { ErrorSummary, type SummaryEntry } from '../../ui/error-summary';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { TextareaField } from '../../ui/textarea-field';
import { conventionInputFrom, type ConventionFormValues, type PartyRow } from './convention-form-values';
import { conventionQueryKey, conventionsQueryKey, cooperationQueryKey } from './cooperations-query-keys';
import { CreateConventionMutation, CreateConventionVersionMutation, UpdateConventionMutation } from './cooperations.operations';
import { PartiesEditor } from './parties-editor';

const FORM_ID = 'convention';

/** What the form does: draft a first convention, change a draft, or draft an amendment or a renewal. */
export type ConventionFormMode = { kind: 'create'; cooperationId: string } | { kind: 'edit'; conventionId: string } | { kind: 'version'; previousId: string };

interface ConventionFormProps {
  mode: ConventionFormMode;
  initial: () => ConventionFormValues;
  organisations: readonly SelectOption[];
  onSaved: (convention: ConventionFieldsFragment) => void;
  onCancel: () => void;
}

type ScalarField = 'kind' | 'title' | 'reference' | 'startsOn' | 'endsOn' | 'objectives' | 'means' | 'forecastCommitment';

export function ConventionForm({ mode, initial, organisations, onSaved, onCancel }: ConventionFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useStructuredForm<ConventionFormValues, ConventionInput & { kind?: ConventionKind }>(
    mode.kind === 'version' ? conventionVersionSchema : conventionSchema,
    conventionInputFrom,
    initial,
  );
  const { values, errors } = form;
  const save = useMutation({
    mutationFn: async (input: ConventionInput & { kind?: ConventionKind }) => {
      const { kind, ...fields } = input;
      if (mode.kind === 'create') return (await request(CreateConventionMutation, { input: { ...fields, cooperationId: mode.cooperationId } })).createConvention;
      if (mode.kind === 'edit') return (await request(UpdateConventionMutation, { id: mode.conventionId, input: fields })).updateConvention;
      return (await request(CreateConventionVersionMutation, { previousId: mode.previousId, input: { ...fields, kind: kind ?? 'AMENDMENT' } })).createConventionVersion;
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(conventionQueryKey(saved.id), { convention: saved });
      await Promise.all([queryClient.invalidateQueries({ queryKey: conventionsQueryKey }), queryClient.invalidateQueries({ queryKey: cooperationQueryKey(saved.cooperationId) })]);
      onSaved(saved);
    },
    onError: form.showApiError,
  });

  const labels: Record<string, string> = {
    kind: t('conventionForm.kind'),
    title: t('conventionForm.title'),
    reference: t('conventionForm.reference'),
    startsOn: t('conventionForm.startsOn'),
    endsOn: t('conventionForm.endsOn'),
    objectives: t('conventionForm.objectives'),
    means: t('conventionForm.means'),
    forecastCommitment: t('conventionForm.forecastCommitment'),
    parties: t('conventionForm.parties'),
  };
  const leafLabels: Record<string, string> = {
    organisationId: t('conventionForm.partyOrganisation'),
    name: t('conventionForm.partyName'),
    expectedResults: t('conventionForm.expectedResults'),
    commitments: t('conventionForm.commitments'),
  };
  function labelFor(path: string): string {
    const [head = '', index, leaf] = path.split('.');
    if (index === undefined) return labels[head] ?? head;
    const row = t('conventionForm.partyN', { n: Number(index) + 1, name: '' });
    return leaf ? `${row} — ${leafLabels[leaf] ?? leaf}` : row;
  }
  const entries: SummaryEntry[] = Object.entries(errors).map(([path, message]) => ({ fieldId: inputIdFor(FORM_ID, path), label: labelFor(path), message }));
  const showSummary = form.attempt > 0 && (entries.length > 0 || save.isError);

  const set = (field: ScalarField, value: string) => form.update((previous) => ({ ...previous, [field]: value }));
  const fieldProps = (field: ScalarField) => ({
    id: inputIdFor(FORM_ID, field),
    name: field,
    label: labels[field]!,
    value: values[field],
    error: errors[field],
    onValueChange: (value: string) => set(field, value),
    onBlur: (event: FocusEvent) => {
      if (values[field] !== '' || errors[field] !== undefined) form.validatePaths(field === 'startsOn' ? [field, 'endsOn'] : [field], event);
    },
  });

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
        {mode.kind === 'version' && (
          <SelectField
            {...fieldProps('kind')}
            required
            options={(['AMENDMENT', 'RENEWAL'] as const).map((kind) => ({ value: kind, label: t(`enums.conventionKind.${kind}`) }))}
            hint={t('conventionForm.kindHint')}
          />
        )}
        <div className="form-grid">
          <TextField {...fieldProps('title')} required />
          <TextField {...fieldProps('reference')} hint={t('form.optional')} autoComplete="off" className="field--narrow" />
        </div>
        <div className="form-grid">
          <TextField {...fieldProps('startsOn')} type="date" required />
          <TextField {...fieldProps('endsOn')} type="date" required onBlur={(event) => form.validatePaths(['endsOn'], event)} />
        </div>
        <TextareaField {...fieldProps('objectives')} required rows={5} />
        <TextareaField {...fieldProps('means')} hint={t('form.optional')} rows={4} />
        <TextField {...fieldProps('forecastCommitment')} hint={t('conventionForm.forecastCommitmentHint')} inputMode="decimal" autoComplete="off" className="field--narrow" />
        <PartiesEditor
          formId={FORM_ID}
          rows={values.parties}
          organisations={organisations}
          errors={errors}
          onChange={(rows: PartyRow[], structural) => {
            form.update((previous) => ({ ...previous, parties: rows }));
            if (structural) form.clearPaths('parties');
          }}
          onBlurPath={(prefixes, event) => form.validatePaths(prefixes, event)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : mode.kind === 'edit' ? t('common.saveChanges') : t('conventionForm.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
