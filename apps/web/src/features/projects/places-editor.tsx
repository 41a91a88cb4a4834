import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { COUNTRY_SELECT_OPTIONS } from '../../lib/reference-options';
import { RepeatableGroup } from '../../ui/repeatable-group';
import { RepeatableRow } from '../../ui/repeatable-row';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useRowList } from '../../ui/use-row-list';
import { newRowKey, type PlaceRow } from './project-form-values';

interface PlacesEditorProps {
  formId: string;
  rows: readonly PlaceRow[];
  /** The project's countries, offered first as the country of a new place. */
  countryCodes: readonly string[];
  errors: PathErrors;
  onChange: (rows: PlaceRow[], structural: boolean) => void;
  onBlurPath: (prefixes: string[], event: FocusEvent) => void;
}

export function PlacesEditor({ formId, rows, countryCodes, errors, onChange, onBlurPath }: PlacesEditorProps) {
  const { t } = useTranslation();
  const list = useRowList<PlaceRow>({ formId, path: 'places', rows, onChange });

  const field = (row: PlaceRow, index: number, name: 'name' | 'latitude' | 'longitude', label: string, hint?: string) => {
    const path = `places.${index}.${name}`;
    return (
      <TextField
        id={inputIdFor(formId, path)}
        name={path}
        label={label}
        hint={hint}
        inputMode={name === 'name' ? undefined : 'decimal'}
        autoComplete="off"
        value={row[name]}
        error={errors[path]}
        onValueChange={(value) => list.update(row.key, { [name]: value })}
        onBlur={(event) => onBlurPath([path], event)}
      />
    );
  };

  return (
    <RepeatableGroup
      id={list.groupId}
      legend={t('projectForm.places')}
      hint={t('projectForm.placesHint')}
      error={errors.places}
      isEmpty={rows.length === 0}
      emptyText={t('projectForm.placesEmpty')}
      addLabel={t('projectForm.addPlace')}
      onAdd={() => {
        list.add({ key: newRowKey(), name: '', countryCode: countryCodes.length === 1 ? countryCodes[0]! : '', latitude: '', longitude: '' }, 'name');
      }}
    >
      {rows.map((row, index) => (
        <RepeatableRow
          key={row.key}
          legend={t('projectForm.placeN', { n: index + 1 })}
          removeLabel={t('projectForm.removePlace', { n: index + 1 })}
          layout="four"
          onRemove={() => {
            list.remove(row.key);
          }}
        >
          {field(row, index, 'name', t('projectForm.placeName'))}
          <SelectField
            id={inputIdFor(formId, `places.${index}.countryCode`)}
            name={`places.${index}.countryCode`}
            label={t('projectForm.placeCountry')}
            placeholder={t('form.choose')}
            options={COUNTRY_SELECT_OPTIONS}
            value={row.countryCode}
            error={errors[`places.${index}.countryCode`]}
            onValueChange={(value) => list.update(row.key, { countryCode: value })}
            onBlur={(event) => onBlurPath([`places.${index}.countryCode`], event)}
          />
          {field(row, index, 'latitude', t('projectForm.latitude'), t('projectForm.optional'))}
          {field(row, index, 'longitude', t('projectForm.longitude'), t('projectForm.optional'))}
        </RepeatableRow>
      ))}
    </RepeatableGroup>
  );
}
