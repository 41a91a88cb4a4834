import { targetsOfGoal } from '@passerelles/reference-data/sdgs';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { SDG_SELECT_OPTIONS } from '../../lib/reference-options';
import { RepeatableGroup } from '../../ui/repeatable-group';
import { RepeatableRow } from '../../ui/repeatable-row';
import { SelectField } from '../../ui/select-field';
import { useRowList } from '../../ui/use-row-list';
import { newRowKey, type SdgRow } from './project-form-values';

interface SdgsEditorProps {
  formId: string;
  rows: readonly SdgRow[];
  errors: PathErrors;
  onChange: (rows: SdgRow[], structural: boolean) => void;
  onBlurPath: (prefixes: string[], event: FocusEvent) => void;
}

/** SDG (ODD) goals, each with one of its targets when the project aims at a precise one. */
export function SdgsEditor({ formId, rows, errors, onChange, onBlurPath }: SdgsEditorProps) {
  const { t } = useTranslation();
  const list = useRowList<SdgRow>({ formId, path: 'sdgs', rows, onChange });

  return (
    <RepeatableGroup
      id={list.groupId}
      legend={t('projectForm.sdgs')}
      hint={t('projectForm.sdgsHint')}
      error={errors.sdgs}
      isEmpty={rows.length === 0}
      emptyText={t('projectForm.sdgsEmpty')}
      addLabel={t('projectForm.addSdg')}
      onAdd={() => {
        list.add({ key: newRowKey(), goal: '', target: '' }, 'goal');
      }}
    >
      {rows.map((row, index) => {
        const base = `sdgs.${index}`;
        const targets = row.goal ? targetsOfGoal(Number(row.goal)) : [];
        return (
          <RepeatableRow
            key={row.key}
            legend={t('projectForm.sdgN', { n: index + 1 })}
            removeLabel={t('projectForm.removeSdg', { n: index + 1 })}
            layout="two"
            onRemove={() => {
              list.remove(row.key);
            }}
          >
            <SelectField
              id={inputIdFor(formId, `${base}.goal`)}
              name={`${base}.goal`}
              label={t('projectForm.sdgGoal')}
              placeholder={t('form.choose')}
              options={SDG_SELECT_OPTIONS}
              value={row.goal}
              error={errors[`${base}.goal`]}
              // Another goal has other targets: the one chosen before no longer applies.
              onValueChange={(value) => list.update(row.key, { goal: value, target: '' })}
              onBlur={(event) => onBlurPath([`${base}.goal`], event)}
            />
            <SelectField
              id={inputIdFor(formId, `${base}.target`)}
              name={`${base}.target`}
              label={t('projectForm.sdgTarget')}
              placeholder={t('projectForm.sdgNoTarget')}
              options={targets.map((target) => ({ value: target.code, label: `${target.code} — ${target.nameFr}` }))}
              disabled={!row.goal}
              value={row.target}
              error={errors[`${base}.target`]}
              onValueChange={(value) => list.update(row.key, { target: value })}
              onBlur={(event) => onBlurPath([`${base}.target`], event)}
            />
          </RepeatableRow>
        );
      })}
    </RepeatableGroup>
  );
}
