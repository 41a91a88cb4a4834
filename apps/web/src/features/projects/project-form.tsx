import { ACTION_KINDS, ENGAGEMENT_MODES, projectSchema } from '@passerelles/shared/schemas/project.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FocusEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetailsFragment, ProjectInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { inputIdFor } from '../../lib/path-errors';
import { COUNTRY_SELECT_OPTIONS } from '../../lib/reference-options';
import { useStructuredForm } from '../../lib/use-structured-form';
import { CheckboxField } from '../../ui/checkbox-field';
import { ErrorSummary, type SummaryEntry } from '../../ui/error-summary';
import { MultiPickField } from '../../ui/multi-pick-field';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { TextareaField } from '../../ui/textarea-field';
import { OrganisationsEditor } from './organisations-editor';
import { PlacesEditor } from './places-editor';
import { emptyProjectValues, projectInputFrom, projectValuesFrom, type ProjectFormValues } from './project-form-values';
import { projectAuditQueryKey, projectQueryKey, projectsQueryKey } from './projects-query-keys';
import { CreateProjectMutation, UpdateProjectMutation } from './projects.operations';
import { SdgsEditor } from './sdgs-editor';
import { SectorsEditor } from './sectors-editor';
import { TeamEditor } from './team-editor';
import { ThematicDomainsField } from './thematic-domains-field';

const FORM_ID = 'project';

type ScalarField = 'code' | 'title' | 'summary' | 'engagementMode' | 'actionKind' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd' | 'plannedBudget' | 'cooperationId';

interface ProjectFormProps {
  /** Absent for a new project. */
  projectId?: string;
  existing?: ProjectDetailsFragment;
  cooperations: readonly SelectOption[];
  organisations: readonly SelectOption[];
  members: readonly SelectOption[];
  onSaved: (project: ProjectDetailsFragment) => void;
  onCancel: () => void;
}

export function ProjectForm({ projectId, existing, cooperations, organisations, members, onSaved, onCancel }: ProjectFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useStructuredForm(projectSchema, projectInputFrom, () => (existing ? projectValuesFrom(existing, i18n.language) : emptyProjectValues()));
  const { values, errors } = form;
  const save = useMutation({
    mutationFn: async (input: ProjectInput) =>
      projectId ? (await request(UpdateProjectMutation, { id: projectId, input })).updateProject : (await request(CreateProjectMutation, { input })).createProject,
    onSuccess: async (project) => {
      queryClient.setQueryData(projectQueryKey(project.id), { project });
      await Promise.all([queryClient.invalidateQueries({ queryKey: projectsQueryKey }), queryClient.invalidateQueries({ queryKey: projectAuditQueryKey(project.id) })]);
      onSaved(project);
    },
    onError: form.showApiError,
  });

  const labels: Record<string, string> = {
    code: t('projectForm.code'),
    title: t('projectForm.title'),
    summary: t('projectForm.summary'),
    engagementMode: t('projectForm.engagementMode'),
    actionKind: t('projectForm.actionKind'),
    thematicDomains: t('projectForm.thematicDomains'),
    sectors: t('projectForm.sectors'),
    sdgs: t('projectForm.sdgs'),
    countryCodes: t('projectForm.countries'),
    places: t('projectForm.places'),
    plannedStart: t('projectForm.plannedStart'),
    plannedEnd: t('projectForm.plannedEnd'),
    actualStart: t('projectForm.actualStart'),
    actualEnd: t('projectForm.actualEnd'),
    plannedBudget: t('projectForm.plannedBudget'),
    cooperationId: t('projectForm.cooperation'),
    organisations: t('projectForm.organisations'),
    team: t('projectForm.team'),
    published: t('projectForm.published'),
  };
  const rowLabels: Record<string, string> = {
    sectors: 'projectForm.sectorN',
    sdgs: 'projectForm.sdgN',
    places: 'projectForm.placeN',
    organisations: 'projectForm.organisationN',
    team: 'projectForm.teamMemberN',
    countryCodes: 'projectForm.countryN',
  };
  const leafLabels: Record<string, string> = {
    sectorCode: t('projectForm.sectorCode'),
    percentage: t('projectForm.percentage'),
    goal: t('projectForm.sdgGoal'),
    target: t('projectForm.sdgTarget'),
    name: t('projectForm.placeName'),
    countryCode: t('projectForm.placeCountry'),
    latitude: t('projectForm.latitude'),
    longitude: t('projectForm.longitude'),
    organisationId: t('projectForm.organisation'),
    iatiRole: t('projectForm.iatiRole'),
    userId: t('projectForm.teamMember'),
    role: t('projectForm.teamRole'),
  };

  function labelFor(path: string): string {
    const [head = '', index, leaf] = path.split('.');
    if (index === undefined) return labels[head] ?? head;
    const rowKey = rowLabels[head];
    const row = rowKey ? t(rowKey, { n: Number(index) + 1 }) : (labels[head] ?? head);
    return leaf ? `${row} — ${leafLabels[leaf] ?? leaf}` : row;
  }

  // The chosen countries have no input each: an error on one of them leads to the country picker.
  const targetFor = (path: string) => inputIdFor(FORM_ID, path.startsWith('countryCodes') ? 'countryCodes' : path);
  const entries: SummaryEntry[] = Object.entries(errors).map(([path, message]) => ({ fieldId: targetFor(path), label: labelFor(path), message }));
  const showSummary = form.attempt > 0 && (entries.length > 0 || save.isError);

  const set = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => form.update((previous) => ({ ...previous, [key]: value }));
  const setRows =
    <K extends 'sectors' | 'sdgs' | 'places' | 'organisations' | 'team'>(key: K) =>
    (rows: ProjectFormValues[K], structural: boolean) => {
      set(key, rows);
      if (structural) form.clearPaths(key);
    };
  const onBlurPath = (prefixes: string[], event: FocusEvent) => form.validatePaths(prefixes, event);

  const scalarProps = (field: ScalarField) => ({
    id: inputIdFor(FORM_ID, field),
    name: field,
    label: labels[field]!,
    value: values[field],
    error: errors[field],
    onValueChange: (value: string) => set(field, value),
    onBlur: (event: FocusEvent) => {
      if (values[field] !== '' || errors[field] !== undefined) form.validatePaths([field], event);
    },
  });
  // Date pairs: the end is checked against the start, so leaving either re-checks the end too.
  const dateProps = (field: 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd', end: 'plannedEnd' | 'actualEnd') => ({
    ...scalarProps(field),
    type: 'date',
    onBlur: (event: FocusEvent) => form.validatePaths([field, end], event),
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
        <p className="form__notice">{t('projectForm.requiredNotice')}</p>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('projectForm.identification')}</legend>
          <div className="form-grid">
            <TextField {...scalarProps('code')} required hint={t('projectForm.codeHint')} autoComplete="off" spellCheck={false} className="field--narrow" />
            <TextField {...scalarProps('title')} required />
          </div>
          <TextareaField {...scalarProps('summary')} hint={t('projectForm.optional')} rows={5} />
          <div className="form-grid">
            <SelectField
              {...scalarProps('engagementMode')}
              required
              placeholder={t('form.choose')}
              options={ENGAGEMENT_MODES.map((mode) => ({ value: mode, label: t(`enums.engagementMode.${mode}`) }))}
            />
            <SelectField {...scalarProps('actionKind')} required placeholder={t('form.choose')} options={ACTION_KINDS.map((kind) => ({ value: kind, label: t(`enums.actionKind.${kind}`) }))} />
            <SelectField
              {...scalarProps('cooperationId')}
              hint={cooperations.length === 0 ? t('projectForm.noCooperation') : t('projectForm.optional')}
              placeholder={t('projectForm.noneCooperation')}
              options={cooperations}
            />
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('projectForm.domainsSection')}</legend>
          <ThematicDomainsField formId={FORM_ID} selected={values.thematicDomains} error={errors.thematicDomains} onChange={(selected) => set('thematicDomains', selected)} />
          <SectorsEditor formId={FORM_ID} rows={values.sectors} domains={values.thematicDomains} errors={errors} onChange={setRows('sectors')} onBlurPath={onBlurPath} />
          <SdgsEditor formId={FORM_ID} rows={values.sdgs} errors={errors} onChange={setRows('sdgs')} onBlurPath={onBlurPath} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('projectForm.geographySection')}</legend>
          <MultiPickField
            id={inputIdFor(FORM_ID, 'countryCodes')}
            legend={t('projectForm.countries')}
            hint={t('projectForm.countriesHint')}
            error={errors.countryCodes}
            itemErrors={Object.fromEntries(values.countryCodes.flatMap((_, index) => (errors[`countryCodes.${index}`] ? [[index, errors[`countryCodes.${index}`]!]] : [])))}
            options={COUNTRY_SELECT_OPTIONS}
            selected={values.countryCodes}
            onChange={(selected) => {
              set('countryCodes', selected);
              form.clearPaths('countryCodes');
            }}
            pickLabel={t('projectForm.countryToAdd')}
            addLabel={t('projectForm.addCountry')}
            removeLabel={(label) => t('projectForm.removeCountry', { label })}
            emptyText={t('projectForm.countriesEmpty')}
          />
          <PlacesEditor formId={FORM_ID} rows={values.places} countryCodes={values.countryCodes} errors={errors} onChange={setRows('places')} onBlurPath={onBlurPath} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('projectForm.calendarSection')}</legend>
          <div className="form-grid form-grid--four">
            <TextField {...dateProps('plannedStart', 'plannedEnd')} />
            <TextField {...dateProps('plannedEnd', 'plannedEnd')} />
            <TextField {...dateProps('actualStart', 'actualEnd')} />
            <TextField {...dateProps('actualEnd', 'actualEnd')} />
          </div>
          <TextField {...scalarProps('plannedBudget')} hint={t('projectForm.amountHint')} inputMode="decimal" autoComplete="off" className="field--narrow" />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('projectForm.partnersSection')}</legend>
          <OrganisationsEditor formId={FORM_ID} rows={values.organisations} organisations={organisations} errors={errors} onChange={setRows('organisations')} onBlurPath={onBlurPath} />
          <TeamEditor formId={FORM_ID} rows={values.team} members={members} errors={errors} onChange={setRows('team')} onBlurPath={onBlurPath} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('projectForm.publicationSection')}</legend>
          <CheckboxField id={inputIdFor(FORM_ID, 'published')} label={labels.published!} hint={t('projectForm.publishedHint')} checked={values.published} onCheckedChange={(checked) => set('published', checked)} />
        </fieldset>

        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : projectId ? t('projectForm.saveChanges') : t('projectForm.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
