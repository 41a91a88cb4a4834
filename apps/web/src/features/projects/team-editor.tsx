import { TEAM_ROLES } from '@passerelles/shared/schemas/project.schemas';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { RepeatableGroup } from '../../ui/repeatable-group';
import { RepeatableRow } from '../../ui/repeatable-row';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { useRowList } from '../../ui/use-row-list';
import { newRowKey, type TeamRow } from './project-form-values';

interface TeamEditorProps {
  formId: string;
  rows: readonly TeamRow[];
  members: readonly SelectOption[];
  errors: PathErrors;
  onChange: (rows: TeamRow[], structural: boolean) => void;
  onBlurPath: (prefixes: string[], event: FocusEvent) => void;
}

/** The project team: technician in charge, elected referent, evaluators, chosen among the members. */
export function TeamEditor({ formId, rows, members, errors, onChange, onBlurPath }: TeamEditorProps) {
  const { t } = useTranslation();
  const list = useRowList<TeamRow>({ formId, path: 'team', rows, onChange });

  return (
    <RepeatableGroup
      id={list.groupId}
      legend={t('projectForm.team')}
      hint={t('projectForm.teamHint')}
      error={errors.team}
      isEmpty={rows.length === 0}
      emptyText={t('projectForm.teamEmpty')}
      addLabel={t('projectForm.addTeamMember')}
      onAdd={() => {
        list.add({ key: newRowKey(), userId: '', role: '' }, 'userId');
      }}
    >
      {rows.map((row, index) => {
        const base = `team.${index}`;
        return (
          <RepeatableRow
            key={row.key}
            legend={t('projectForm.teamMemberN', { n: index + 1 })}
            removeLabel={t('projectForm.removeTeamMember', { n: index + 1 })}
            layout="two"
            onRemove={() => {
              list.remove(row.key);
            }}
          >
            <SelectField
              id={inputIdFor(formId, `${base}.userId`)}
              name={`${base}.userId`}
              label={t('projectForm.teamMember')}
              placeholder={t('form.choose')}
              options={members}
              value={row.userId}
              error={errors[`${base}.userId`]}
              onValueChange={(value) => list.update(row.key, { userId: value })}
              onBlur={(event) => onBlurPath([`${base}.userId`], event)}
            />
            <SelectField
              id={inputIdFor(formId, `${base}.role`)}
              name={`${base}.role`}
              label={t('projectForm.teamRole')}
              placeholder={t('form.choose')}
              options={TEAM_ROLES.map((role) => ({ value: role, label: t(`enums.teamRole.${role}`) }))}
              value={row.role}
              error={errors[`${base}.role`]}
              onValueChange={(value) => list.update(row.key, { role: value })}
              onBlur={(event) => onBlurPath([`${base}.role`], event)}
            />
          </RepeatableRow>
        );
      })}
    </RepeatableGroup>
  );
}
