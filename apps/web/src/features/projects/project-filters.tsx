import { PROJECT_STATUSES } from '@passerelles/domain/project-lifecycle';
import { ENGAGEMENT_MODES } from '@passerelles/shared/schemas/project.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_SELECT_OPTIONS, DOMAIN_SELECT_OPTIONS, YEAR_OPTIONS } from '../../lib/reference-options';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { DEFAULT_SORT, SORT_OPTIONS, type ProjectListCriteria } from './project-list-filter';

interface ProjectFiltersProps {
  criteria: ProjectListCriteria;
  onApply: (criteria: ProjectListCriteria) => void;
}

const EMPTY: ProjectListCriteria = { text: '', status: '', country: '', domain: '', mode: '', year: '', scope: 'ALL', sort: DEFAULT_SORT };

/**
 * Criteria are applied by the button, not on each change: a select that reloads the list while a keyboard
 * user arrows through it would be a change of context (WCAG 3.2.2).
 */
export function ProjectFilters({ criteria, onApply }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const applied = { ...criteria, scope: criteria.scope || 'ALL', sort: criteria.sort || DEFAULT_SORT };
  const appliedKey = JSON.stringify(applied);
  const [draft, setDraft] = useState<ProjectListCriteria>(applied);
  // The address changed under the form (back, forward, a link): the form shows the criteria of the list again.
  // Not remounted for that, so that focus stays on the button that applied them.
  const [source, setSource] = useState(appliedKey);
  if (source !== appliedKey) {
    setSource(appliedKey);
    setDraft(applied);
  }
  const set = (key: keyof ProjectListCriteria) => (value: string) => setDraft((previous) => ({ ...previous, [key]: value }));
  const any = t('filters.any');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form className="filters card" role="search" aria-label={t('projects.filtersLabel')} onSubmit={submit}>
      <div className="filters__grid">
        <TextField id="projects-text" name="q" type="search" label={t('projects.search')} hint={t('projects.searchHint')} value={draft.text} onValueChange={set('text')} className="filters__wide" />
        <SelectField
          id="projects-scope"
          name="portee"
          label={t('projects.scope')}
          options={(['ALL', 'OWN', 'SHARED'] as const).map((scope) => ({ value: scope, label: t(`projects.scopes.${scope}`) }))}
          value={draft.scope}
          onValueChange={set('scope')}
        />
        <SelectField
          id="projects-status"
          name="etape"
          label={t('projects.status')}
          placeholder={any}
          options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`enums.projectStatus.${status}`) }))}
          value={draft.status}
          onValueChange={set('status')}
        />
        <SelectField id="projects-country" name="pays" label={t('projects.country')} placeholder={any} options={COUNTRY_SELECT_OPTIONS} value={draft.country} onValueChange={set('country')} />
        <SelectField id="projects-domain" name="domaine" label={t('projects.domain')} placeholder={any} options={DOMAIN_SELECT_OPTIONS} value={draft.domain} onValueChange={set('domain')} />
        <SelectField
          id="projects-mode"
          name="mode"
          label={t('projects.mode')}
          placeholder={any}
          options={ENGAGEMENT_MODES.map((mode) => ({ value: mode, label: t(`enums.engagementMode.${mode}`) }))}
          value={draft.mode}
          onValueChange={set('mode')}
        />
        <SelectField id="projects-year" name="annee" label={t('projects.year')} hint={t('projects.yearHint')} placeholder={any} options={YEAR_OPTIONS} value={draft.year} onValueChange={set('year')} />
        <SelectField
          id="projects-sort"
          name="tri"
          label={t('projects.sort')}
          options={SORT_OPTIONS.map((sort) => ({ value: sort, label: t(`projects.sorts.${sort}`) }))}
          value={draft.sort}
          onValueChange={set('sort')}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t('filters.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(EMPTY);
            onApply(EMPTY);
          }}
        >
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
