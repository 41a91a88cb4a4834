import { defaultSectorsFor, type ThematicDomain } from '@passerelles/reference-data/thematic-domains';
import { sectorName } from '@passerelles/reference-data/sectors';
import { useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercentage } from '../../lib/format-amount';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { SECTOR_SELECT_GROUPS } from '../../lib/reference-options';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useFocusRequest } from '../../ui/use-focus-request';
import { newRowKey, type SectorRow } from './project-form-values';

interface SectorsEditorProps {
  formId: string;
  rows: readonly SectorRow[];
  domains: readonly string[];
  errors: PathErrors;
  /** `structural` when a row was added or removed: the errors by position no longer apply. */
  onChange: (rows: SectorRow[], structural: boolean) => void;
  onBlurPath: (prefixes: string[], event: FocusEvent) => void;
}

/** Hundredths of a percentage as typed ("33,33" → 3333), or null while it is not a number yet. */
function hundredths(value: string): number | null {
  const normalised = value.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}

/**
 * The DAC purpose codes of the project and their shares, which must add up to 100 %. The running total is shown
 * (and announced) as the percentages are typed; the domain helper suggests the codes of the chosen domains.
 */
export function SectorsEditor({ formId, rows, domains, errors, onChange, onBlurPath }: SectorsEditorProps) {
  const { t, i18n } = useTranslation();
  const [showSuggestions, setShowSuggestions] = useState(false);
  const focus = useFocusRequest();
  const groupId = inputIdFor(formId, 'sectors');
  const addId = `${groupId}-add`;
  const total = rows.reduce((sum, row) => sum + (hundredths(row.percentage) ?? 0), 0);
  const totalText = formatPercentage(String(total / 100), i18n.language);
  const suggestions = defaultSectorsFor(domains as ThematicDomain[]).filter((code) => !rows.some((row) => row.sectorCode === code));
  const groupError = errors.sectors;

  function add(sectorCode = '') {
    // A suggested code fills a row still waiting for its code (the form starts with one) before adding another.
    const waiting = sectorCode ? rows.findIndex((row) => row.sectorCode === '') : -1;
    if (waiting >= 0) {
      onChange(
        rows.map((row, index) => (index === waiting ? { ...row, sectorCode } : row)),
        false,
      );
      focus(inputIdFor(formId, `sectors.${waiting}.percentage`));
      return;
    }
    // A first sector takes the whole project; later ones start empty, for the person to share out.
    const percentage = rows.length === 0 ? '100' : '';
    onChange([...rows, { key: newRowKey(), sectorCode, percentage }], true);
    const base = `sectors.${rows.length}`;
    focus(inputIdFor(formId, sectorCode ? `${base}.percentage` : `${base}.sectorCode`));
  }

  function remove(key: string) {
    onChange(
      rows.filter((row) => row.key !== key),
      true,
    );
    focus(addId);
  }

  function change(key: string, patch: Partial<SectorRow>) {
    onChange(
      rows.map((row) => (row.key === key ? { ...row, ...patch } : row)),
      false,
    );
  }

  return (
    <fieldset id={groupId} tabIndex={-1} className={`fieldset fieldset--group${groupError ? ' field--error' : ''}`} aria-describedby={`${groupId}-hint${groupError ? ` ${groupId}-error` : ''}`}>
      <legend className="fieldset__legend">{t('projectForm.sectors')}</legend>
      <p id={`${groupId}-hint`} className="field__hint">
        {t('projectForm.sectorsHint')}
      </p>
      {groupError && (
        <p id={`${groupId}-error`} className="field__error">
          {groupError}
        </p>
      )}
      {rows.map((row, index) => {
        const base = `sectors.${index}`;
        return (
          <fieldset key={row.key} className="row-fieldset">
            <legend className="row-fieldset__legend">{t('projectForm.sectorN', { n: index + 1 })}</legend>
            <div className="row-fieldset__fields row-fieldset__fields--sector">
              <SelectField
                id={inputIdFor(formId, `${base}.sectorCode`)}
                name={`${base}.sectorCode`}
                label={t('projectForm.sectorCode')}
                placeholder={t('form.choose')}
                groups={SECTOR_SELECT_GROUPS}
                value={row.sectorCode}
                error={errors[`${base}.sectorCode`]}
                onValueChange={(value) => change(row.key, { sectorCode: value })}
                onBlur={(event) => onBlurPath([`${base}.sectorCode`, 'sectors'], event)}
              />
              <TextField
                id={inputIdFor(formId, `${base}.percentage`)}
                name={`${base}.percentage`}
                label={t('projectForm.percentage')}
                inputMode="decimal"
                autoComplete="off"
                className="field--narrow"
                value={row.percentage}
                error={errors[`${base}.percentage`]}
                onValueChange={(value) => change(row.key, { percentage: value })}
                onBlur={(event) => onBlurPath([`${base}.percentage`, 'sectors'], event)}
              />
              <button type="button" className="button button--tertiary button--small row-fieldset__remove" onClick={() => remove(row.key)} aria-label={t('projectForm.removeSector', { n: index + 1 })}>
                {t('common.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <p className={`sector-total${total === 10_000 ? ' sector-total--ok' : ''}`} role="status" aria-live="polite">
        {t('projectForm.sectorTotal', { total: totalText })}
        {rows.length > 0 && total !== 10_000 && <> — {t('projectForm.sectorTotalExpected')}</>}
      </p>
      <div className="button-group">
        <button id={addId} type="button" className="button button--secondary" onClick={() => add()}>
          {t('projectForm.addSector')}
        </button>
        <button type="button" className="button button--tertiary" aria-expanded={showSuggestions} aria-controls={`${groupId}-suggestions`} onClick={() => setShowSuggestions((shown) => !shown)}>
          {t('projectForm.suggestSectors')}
        </button>
      </div>
      <div id={`${groupId}-suggestions`} hidden={!showSuggestions} className="suggestions">
        {domains.length === 0 ? (
          <p>{t('projectForm.suggestNeedsDomain')}</p>
        ) : suggestions.length === 0 ? (
          <p>{t('projectForm.suggestNothingLeft')}</p>
        ) : (
          <>
            <p>{t('projectForm.suggestIntro')}</p>
            <ul className="suggestions__list">
              {suggestions.map((code) => (
                <li key={code}>
                  <span>
                    {code} — {sectorName(code)}
                  </span>
                  <button type="button" className="button button--secondary button--small" onClick={() => add(code)} aria-label={t('projectForm.addSuggested', { label: `${code} ${sectorName(code) ?? ''}` })}>
                    {t('common.add')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </fieldset>
  );
}
