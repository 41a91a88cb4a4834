import { DELIBERATION_ASSEMBLIES, DELIBERATION_OBJECTS, deliberationSchema } from '@passerelles/shared/schemas/deliberation.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationFieldsFragment, DeliberationInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { amountForInput } from '../../lib/format-amount';
import { hasErrors } from '../../lib/form-errors';
import { fieldBinder, summaryEntries } from '../../lib/form-field-binding';
import { useFormState, type FormSchema } from '../../lib/use-form-state';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { deliberationQueryKey, deliberationsQueryKey } from './deliberations-query-keys';
import { CreateDeliberationMutation, UpdateDeliberationMutation } from './deliberations.operations';

const FIELDS = ['number', 'title', 'assembly', 'object', 'sessionDate', 'amount', 'projectId', 'conventionId', 'budgetYear'] as const;
type Field = (typeof FIELDS)[number];

/** The budget year is typed as text; the shared schema wants a number. */
const formSchema: FormSchema<DeliberationInput> = {
  safeParse: (input) => {
    const values = input as Partial<Record<Field, string>>;
    const year = values.budgetYear;
    return deliberationSchema.safeParse({ ...values, budgetYear: year === undefined ? undefined : /^\d+$/.test(year.trim()) ? Number(year) : year });
  },
};

interface DeliberationFormProps {
  deliberation?: DeliberationFieldsFragment;
  /** The project to link a new deliberation to (from a project's page). */
  projectId?: string;
  projects: readonly SelectOption[];
  conventions: readonly SelectOption[];
  onSaved: (deliberation: DeliberationFieldsFragment) => void;
  onCancel: () => void;
}

export function DeliberationForm({ deliberation, projectId, projects, conventions, onSaved, onCancel }: DeliberationFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState(
    formSchema,
    FIELDS,
    {
      number: deliberation?.number ?? '',
      title: deliberation?.title ?? '',
      assembly: deliberation?.assembly ?? '',
      object: deliberation?.object ?? '',
      sessionDate: deliberation?.sessionDate ?? '',
      amount: amountForInput(deliberation?.amount, i18n.language),
      projectId: deliberation?.projectId ?? projectId ?? '',
      conventionId: deliberation?.conventionId ?? '',
      budgetYear: deliberation?.budgetYear ? String(deliberation.budgetYear) : '',
    },
    t('form.requiredField'),
  );
  const save = useMutation({
    mutationFn: async (input: DeliberationInput) =>
      deliberation ? (await request(UpdateDeliberationMutation, { id: deliberation.id, input })).updateDeliberation : (await request(CreateDeliberationMutation, { input })).createDeliberation,
    onSuccess: async (saved) => {
      queryClient.setQueryData(deliberationQueryKey(saved.id), { deliberation: saved });
      await queryClient.invalidateQueries({ queryKey: deliberationsQueryKey });
      onSaved(saved);
    },
    onError: form.showApiError,
  });

  const labels: Record<Field, string> = {
    number: t('deliberationForm.number'),
    title: t('deliberationForm.title'),
    assembly: t('deliberationForm.assembly'),
    object: t('deliberationForm.object'),
    sessionDate: t('deliberationForm.sessionDate'),
    amount: t('deliberationForm.amount'),
    projectId: t('deliberationForm.project'),
    conventionId: t('deliberationForm.convention'),
    budgetYear: t('deliberationForm.budgetYear'),
  };
  const entries = summaryEntries(form, FIELDS, 'deliberation', labels);
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || save.isError);
  const fieldProps = fieldBinder(form, 'deliberation', labels);

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
          <TextField {...fieldProps('number')} required hint={t('deliberationForm.numberHint')} autoComplete="off" className="field--narrow" />
          <TextField {...fieldProps('title')} required />
        </div>
        <div className="form-grid">
          <SelectField
            {...fieldProps('assembly')}
            required
            placeholder={t('form.choose')}
            options={DELIBERATION_ASSEMBLIES.map((value) => ({ value, label: t(`enums.deliberationAssembly.${value}`) }))}
          />
          <SelectField {...fieldProps('object')} required placeholder={t('form.choose')} options={DELIBERATION_OBJECTS.map((value) => ({ value, label: t(`enums.deliberationObject.${value}`) }))} />
        </div>
        <div className="form-grid">
          <TextField {...fieldProps('sessionDate')} type="date" hint={t('form.optional')} />
          <TextField {...fieldProps('amount')} hint={t('deliberationForm.amountHint')} inputMode="decimal" autoComplete="off" />
          <TextField {...fieldProps('budgetYear')} hint={t('deliberationForm.budgetYearHint')} inputMode="numeric" autoComplete="off" maxLength={4} />
        </div>
        <SelectField {...fieldProps('projectId')} hint={t('form.optional')} placeholder={t('deliberationForm.noProject')} options={projects} />
        <SelectField {...fieldProps('conventionId')} hint={t('form.optional')} placeholder={t('deliberationForm.noConvention')} options={conventions} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : deliberation ? t('common.saveChanges') : t('deliberationForm.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
