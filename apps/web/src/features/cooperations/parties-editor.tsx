import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { RepeatableGroup } from '../../ui/repeatable-group';
import { RepeatableRow } from '../../ui/repeatable-row';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { TextareaField } from '../../ui/textarea-field';
import { useRowList } from '../../ui/use-row-list';
import { newPartyKey, type PartyRow } from './convention-form-values';

interface PartiesEditorProps {
  formId: string;
  rows: readonly PartyRow[];
  organisations: readonly SelectOption[];
  errors: PathErrors;
  onChange: (rows: PartyRow[], structural: boolean) => void;
  onBlurPath: (prefixes: string[], event: FocusEvent) => void;
}

/** The parties to the convention, each with what it is expected to achieve and what it commits (loi Thiollière). */
export function PartiesEditor({ formId, rows, organisations, errors, onChange, onBlurPath }: PartiesEditorProps) {
  const { t } = useTranslation();
  const list = useRowList<PartyRow>({ formId, path: 'parties', rows, onChange });

  return (
    <RepeatableGroup
      id={list.groupId}
      legend={t('conventionForm.parties')}
      hint={t('conventionForm.partiesHint')}
      error={errors.parties}
      isEmpty={rows.length === 0}
      emptyText={t('conventionForm.partiesEmpty')}
      addLabel={t('conventionForm.addParty')}
      onAdd={() => {
        list.add({ key: newPartyKey(), organisationId: '', name: '', expectedResults: '', commitments: '' }, 'organisationId');
      }}
    >
      {rows.map((row, index) => {
        const base = `parties.${index}`;
        const text = (name: 'name' | 'expectedResults' | 'commitments') => ({
          id: inputIdFor(formId, `${base}.${name}`),
          name: `${base}.${name}`,
          value: row[name],
          error: errors[`${base}.${name}`],
          onValueChange: (value: string) => list.update(row.key, { [name]: value }),
          onBlur: (event: FocusEvent) => onBlurPath([`${base}.${name}`], event),
        });
        return (
          <RepeatableRow
            key={row.key}
            legend={t('conventionForm.partyN', { n: index + 1, name: row.name })}
            removeLabel={t('conventionForm.removeParty', { n: index + 1 })}
            onRemove={() => {
              list.remove(row.key);
            }}
          >
            <div className="form-grid">
              <SelectField
                id={inputIdFor(formId, `${base}.organisationId`)}
                name={`${base}.organisationId`}
                label={t('conventionForm.partyOrganisation')}
                hint={t('conventionForm.partyOrganisationHint')}
                placeholder={t('conventionForm.partyNoOrganisation')}
                options={organisations}
                value={row.organisationId}
                error={errors[`${base}.organisationId`]}
                onValueChange={(value) => {
                  // The directory's name is the party's name; it can still be adjusted (a department, a service).
                  const chosen = organisations.find((option) => option.value === value);
                  list.update(row.key, { organisationId: value, ...(chosen ? { name: chosen.label } : {}) });
                }}
              />
              <TextField {...text('name')} label={t('conventionForm.partyName')} required />
            </div>
            <TextareaField {...text('expectedResults')} label={t('conventionForm.expectedResults')} hint={t('conventionForm.expectedResultsHint')} rows={3} />
            <TextareaField {...text('commitments')} label={t('conventionForm.commitments')} hint={t('form.optional')} rows={3} />
          </RepeatableRow>
        );
      })}
    </RepeatableGroup>
  );
}
