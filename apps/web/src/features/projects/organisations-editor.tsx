import { organisationRoleDescription } from '@passerelles/reference-data/organisation-roles';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { ORGANISATION_ROLE_SELECT_OPTIONS } from '../../lib/reference-options';
import { RepeatableGroup } from '../../ui/repeatable-group';
import { RepeatableRow } from '../../ui/repeatable-row';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { useRowList } from '../../ui/use-row-list';
import { newRowKey, type OrganisationRow } from './project-form-values';

interface OrganisationsEditorProps {
  formId: string;
  rows: readonly OrganisationRow[];
  organisations: readonly SelectOption[];
  errors: PathErrors;
  onChange: (rows: OrganisationRow[], structural: boolean) => void;
  onBlurPath: (prefixes: string[], event: FocusEvent) => void;
}

/** Participating organisations from the directory, each with its IATI role (funding, accountable…). */
export function OrganisationsEditor({ formId, rows, organisations, errors, onChange, onBlurPath }: OrganisationsEditorProps) {
  const { t } = useTranslation();
  const list = useRowList<OrganisationRow>({ formId, path: 'organisations', rows, onChange });

  return (
    <RepeatableGroup
      id={list.groupId}
      legend={t('projectForm.organisations')}
      hint={organisations.length === 0 ? t('projectForm.organisationsNone') : t('projectForm.organisationsHint')}
      error={errors.organisations}
      isEmpty={rows.length === 0}
      emptyText={t('projectForm.organisationsEmpty')}
      addLabel={t('projectForm.addOrganisation')}
      onAdd={() => {
        list.add({ key: newRowKey(), organisationId: '', iatiRole: '' }, 'organisationId');
      }}
    >
      {rows.map((row, index) => {
        const base = `organisations.${index}`;
        return (
          <RepeatableRow
            key={row.key}
            legend={t('projectForm.organisationN', { n: index + 1 })}
            removeLabel={t('projectForm.removeOrganisation', { n: index + 1 })}
            layout="two"
            onRemove={() => {
              list.remove(row.key);
            }}
          >
            <SelectField
              id={inputIdFor(formId, `${base}.organisationId`)}
              name={`${base}.organisationId`}
              label={t('projectForm.organisation')}
              placeholder={t('form.choose')}
              options={organisations}
              value={row.organisationId}
              error={errors[`${base}.organisationId`]}
              onValueChange={(value) => list.update(row.key, { organisationId: value })}
              onBlur={(event) => onBlurPath([`${base}.organisationId`], event)}
            />
            <SelectField
              id={inputIdFor(formId, `${base}.iatiRole`)}
              name={`${base}.iatiRole`}
              label={t('projectForm.iatiRole')}
              hint={row.iatiRole ? organisationRoleDescription(Number(row.iatiRole)) : undefined}
              placeholder={t('form.choose')}
              options={ORGANISATION_ROLE_SELECT_OPTIONS}
              value={row.iatiRole}
              error={errors[`${base}.iatiRole`]}
              onValueChange={(value) => list.update(row.key, { iatiRole: value })}
              onBlur={(event) => onBlurPath([`${base}.iatiRole`], event)}
            />
          </RepeatableRow>
        );
      })}
    </RepeatableGroup>
  );
}
