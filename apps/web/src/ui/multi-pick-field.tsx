import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from './select-field';

interface MultiPickFieldProps {
  id: string;
  /** Legend of the group (the field's name). */
  legend: string;
  hint?: string;
  /** Error of the whole list ("Indiquez au moins un pays."). */
  error?: string;
  /** Error per chosen value, by position ("countryCodes.1"). */
  itemErrors?: Readonly<Record<number, string>>;
  options: readonly SelectOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Label of the picker, e.g. "Pays à ajouter". */
  pickLabel: string;
  addLabel: string;
  /** Accessible name of the remove button of one value: "Retirer Burkina Faso". */
  removeLabel: (label: string) => string;
  emptyText: string;
}

/**
 * Several values from a long list, operated entirely with the keyboard: a native select (type-ahead works) and
 * an "Ajouter" button, then the chosen values as a list, each with its own remove button. Adding does not happen
 * on the select's change, which some browsers fire while arrowing through the options.
 */
export function MultiPickField({ id, legend, hint, error, itemErrors = {}, options, selected, onChange, pickLabel, addLabel, removeLabel, emptyText }: MultiPickFieldProps) {
  const { t } = useTranslation();
  const [pick, setPick] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const statusId = useId();
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? value;
  const available = options.filter((option) => !selected.includes(option.value));
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  function add() {
    if (!pick) return;
    onChange([...selected, pick]);
    setAnnouncement(t('picker.added', { label: labelOf(pick) }));
    setPick('');
    select.current?.focus();
  }

  function remove(value: string) {
    onChange(selected.filter((item) => item !== value));
    setAnnouncement(t('picker.removed', { label: labelOf(value) }));
    // The button is gone with its row: focus goes back to the picker rather than to <body>.
    select.current?.focus();
  }

  return (
    <fieldset id={id} tabIndex={-1} className={`fieldset fieldset--group${error ? ' field--error' : ''}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="fieldset__legend fieldset__legend--small">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {selected.length === 0 ? (
        <p className="picker__empty">{emptyText}</p>
      ) : (
        <ul className="picker__chosen">
          {selected.map((value, index) => (
            <li key={value} className={`picker__item${itemErrors[index] ? ' picker__item--error' : ''}`}>
              <span>{labelOf(value)}</span>
              {itemErrors[index] && <span className="field__error"> — {itemErrors[index]}</span>}
              <button type="button" className="button button--tertiary button--small" aria-label={removeLabel(labelOf(value))} onClick={() => remove(value)}>
                {t('picker.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="picker__add">
        <div className="field">
          <label htmlFor={`${id}-pick`} className="field__label">
            {pickLabel}
          </label>
          <select ref={select} id={`${id}-pick`} className="field__select" value={pick} onChange={(event) => setPick(event.target.value)}>
            <option value="">{t('form.choose')}</option>
            {available.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={add} disabled={!pick}>
          {addLabel}
        </button>
      </div>
      <p id={statusId} role="status" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
