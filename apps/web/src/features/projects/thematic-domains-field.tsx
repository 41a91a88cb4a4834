import { useTranslation } from 'react-i18next';
import { inputIdFor } from '../../lib/path-errors';
import { DOMAIN_SELECT_OPTIONS } from '../../lib/reference-options';

interface ThematicDomainsFieldProps {
  formId: string;
  selected: readonly string[];
  error?: string;
  onChange: (selected: string[]) => void;
}

/** The 22 domains as checkboxes: short enough a list to show whole, and each is read with its group's legend. */
export function ThematicDomainsField({ formId, selected, error, onChange }: ThematicDomainsFieldProps) {
  const { t } = useTranslation();
  const groupId = inputIdFor(formId, 'thematicDomains');
  return (
    <fieldset id={groupId} tabIndex={-1} className={`fieldset fieldset--group${error ? ' field--error' : ''}`} aria-describedby={`${groupId}-hint${error ? ` ${groupId}-error` : ''}`}>
      <legend className="fieldset__legend">{t('projectForm.thematicDomains')}</legend>
      <p id={`${groupId}-hint`} className="field__hint">
        {t('projectForm.thematicDomainsHint')}
      </p>
      {error && (
        <p id={`${groupId}-error`} className="field__error">
          {error}
        </p>
      )}
      <ul className="checkbox-grid">
        {DOMAIN_SELECT_OPTIONS.map((option) => {
          const id = `${groupId}-${option.value}`;
          const checked = selected.includes(option.value);
          return (
            <li key={option.value} className="checkbox">
              <input
                id={id}
                type="checkbox"
                checked={checked}
                onChange={(event) => onChange(event.target.checked ? [...selected, option.value] : selected.filter((domain) => domain !== option.value))}
              />
              <label htmlFor={id}>{option.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
