import { DELIBERATION_ASSEMBLIES, DELIBERATION_OBJECTS, deliberationSchema } from '@passerelles/shared/schemas/deliberation.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FocusEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationFieldsFragment, DeliberationInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { inputIdFor } from '../../lib/path-errors';
import { useStructuredForm } from '../../lib/use-structured-form';
import { ErrorSummary, type SummaryEntry } from '../../ui/error-summary';
import { SelectField, type SelectOption, type SelectOptionGroup } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { auditEventsQueryKey } from '../members/members-query-keys';
import { projectQueryKey } from '../projects/projects-query-keys';
import { CoveredProjectsEditor } from './covered-projects-editor';
import { deliberationInputFrom, type CoveredProjectRow, type DeliberationFormValues } from './deliberation-form-values';
import { deliberationQueryKey, deliberationsQueryKey } from './deliberations-query-keys';
import { CreateDeliberationMutation, UpdateDeliberationMutation } from './deliberations.operations';

const FORM_ID = 'deliberation';

type ScalarField = 'number' | 'title' | 'assembly' | 'object' | 'sessionDate' | 'conventionId' | 'budgetYear';

interface DeliberationFormProps {
  /** Absent for a new deliberation. */
  deliberation?: DeliberationFieldsFragment;
  initial: () => DeliberationFormValues;
  projectGroups: readonly SelectOptionGroup[];
  conventions: readonly SelectOption[];
  onSaved: (deliberation: DeliberationFieldsFragment) => void;
  onCancel: () => void;
}

export function DeliberationForm({ deliberation, initial, projectGroups, conventions, onSaved, onCancel }: DeliberationFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useStructuredForm<DeliberationFormValues, DeliberationInput>(deliberationSchema, deliberationInputFrom, initial);
  const { values, errors } = form;
  const save = useMutation({
    mutationFn: async (input: DeliberationInput) =>
      deliberation ? (await request(UpdateDeliberationMutation, { id: deliberation.id, input })).updateDeliberation : (await request(CreateDeliberationMutation, { input })).createDeliberation,
    onSuccess: async (saved) => {
      queryClient.setQueryData(deliberationQueryKey(saved.id), { deliberation: saved });
      // The covered projects' deliberation tabs (and, once executory, their coverage) change with it.
      const touched = new Set([...saved.projects.map((link) => link.projectId), ...(deliberation?.projects.map((link) => link.projectId) ?? [])]);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: deliberationsQueryKey }),
        queryClient.invalidateQueries({ queryKey: auditEventsQueryKey }),
        ...[...touched].map((projectId) => queryClient.invalidateQueries({ queryKey: projectQueryKey(projectId) })),
      ]);
      onSaved(saved);
    },
    onError: form.showApiError,
  });

  const labels: Record<string, string> = {
    number: t('deliberationForm.number'),
    title: t('deliberationForm.title'),
    assembly: t('deliberationForm.assembly'),
    object: t('deliberationForm.object'),
    sessionDate: t('deliberationForm.sessionDate'),
    conventionId: t('deliberationForm.convention'),
    budgetYear: t('deliberationForm.budgetYear'),
    projects: t('deliberationForm.projects'),
  };
  const leafLabels: Record<string, string> = {
    projectId: t('deliberationForm.project'),
    amount: t('deliberationForm.projectAmount'),
  };
  function labelFor(path: string): string {
    const [head = '', index, leaf] = path.split('.');
    if (index === undefined) return labels[head] ?? head;
    const row = t('deliberationForm.projectN', { n: Number(index) + 1 });
    return leaf ? `${row} — ${leafLabels[leaf] ?? leaf}` : row;
  }
  const entries: SummaryEntry[] = Object.entries(errors).map(([path, message]) => ({ fieldId: inputIdFor(FORM_ID, path), label: labelFor(path), message }));
  const showSummary = form.attempt > 0 && (entries.length > 0 || save.isError);

  const fieldProps = (field: ScalarField) => ({
    id: inputIdFor(FORM_ID, field),
    name: field,
    label: labels[field]!,
    value: values[field],
    error: errors[field],
    onValueChange: (value: string) => form.update((previous) => ({ ...previous, [field]: value })),
    onBlur: (event: FocusEvent) => {
      if (values[field] !== '' || errors[field] !== undefined) form.validatePaths([field], event);
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
          <TextField {...fieldProps('sessionDate')} type="date" hint={t('deliberationForm.sessionDateHint')} />
          <TextField {...fieldProps('budgetYear')} hint={t('deliberationForm.budgetYearHint')} inputMode="numeric" autoComplete="off" maxLength={4} />
        </div>
        <CoveredProjectsEditor
          formId={FORM_ID}
          rows={values.projects}
          projectGroups={projectGroups}
          errors={errors}
          onChange={(rows: CoveredProjectRow[], structural) => {
            form.update((previous) => ({ ...previous, projects: rows }));
            if (structural) form.clearPaths('projects');
          }}
          onBlurPath={(prefixes, event) => form.validatePaths(prefixes, event)}
        />
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
