import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../lib/format-amount';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { RepeatableGroup } from '../../ui/repeatable-group';
import { RepeatableRow } from '../../ui/repeatable-row';
import { SelectField, type SelectOptionGroup } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useRowList } from '../../ui/use-row-list';
import { coveredTotal, newCoveredProjectKey, type CoveredProjectRow } from './deliberation-form-values';

interface CoveredProjectsEditorProps {
  formId: string;
  rows: readonly CoveredProjectRow[];
  /** The collectivité's own projects, and the shared projects it funds as a partner. */
  projectGroups: readonly SelectOptionGroup[];
  errors: PathErrors;
  onChange: (rows: CoveredProjectRow[], structural: boolean) => void;
  onBlurPath: (prefixes: string[], event: FocusEvent) => void;
}

/**
 * The projects a deliberation covers, each with the amount granted (one vote of a commission permanente can
 * grant a dozen associations). The total is shown, and announced, as the amounts are typed.
 */
export function CoveredProjectsEditor({ formId, rows, projectGroups, errors, onChange, onBlurPath }: CoveredProjectsEditorProps) {
  const { t, i18n } = useTranslation();
  const list = useRowList<CoveredProjectRow>({ formId, path: 'projects', rows, onChange });

  return (
    <RepeatableGroup
      id={list.groupId}
      legend={t('deliberationForm.projects')}
      hint={t('deliberationForm.projectsHint')}
      error={errors.projects}
      isEmpty={rows.length === 0}
      emptyText={t('deliberationForm.projectsEmpty')}
      addLabel={t('deliberationForm.addProject')}
      onAdd={() => {
        list.add({ key: newCoveredProjectKey(), projectId: '', amount: '' }, 'projectId');
      }}
    >
      {rows.map((row, index) => {
        const base = `projects.${index}`;
        return (
          <RepeatableRow
            key={row.key}
            legend={t('deliberationForm.projectN', { n: index + 1 })}
            removeLabel={t('deliberationForm.removeProject', { n: index + 1 })}
            layout="amount"
            onRemove={() => {
              list.remove(row.key);
            }}
          >
            <SelectField
              id={inputIdFor(formId, `${base}.projectId`)}
              name={`${base}.projectId`}
              label={t('deliberationForm.project')}
              placeholder={t('form.choose')}
              groups={projectGroups}
              value={row.projectId}
              error={errors[`${base}.projectId`]}
              onValueChange={(value) => list.update(row.key, { projectId: value })}
              onBlur={(event) => onBlurPath([`${base}.projectId`], event)}
            />
            <TextField
              id={inputIdFor(formId, `${base}.amount`)}
              name={`${base}.amount`}
              label={t('deliberationForm.projectAmount')}
              inputMode="decimal"
              autoComplete="off"
              value={row.amount}
              error={errors[`${base}.amount`]}
              onValueChange={(value) => list.update(row.key, { amount: value })}
              onBlur={(event) => onBlurPath([`${base}.amount`], event)}
            />
          </RepeatableRow>
        );
      })}
      {/* Always in the page: a live region announces only the changes made to a region that already existed. */}
      <p className="running-total" role="status" aria-live="polite">
        {rows.length > 0 ? t('deliberationForm.projectsTotal', { total: formatAmount(coveredTotal(rows), i18n.language) }) : ''}
      </p>
    </RepeatableGroup>
  );
}
