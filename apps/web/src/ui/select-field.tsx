import type { SelectHTMLAttributes } from 'react';

type NativeSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'>;

export interface SelectOption {
  value: string;
  label: string;
}

/** Options under a heading (<optgroup>), such as the DAC sectors under their category. */
export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectFieldProps extends NativeSelectProps {
  id: string;
  name: string;
  label: string;
  options?: readonly SelectOption[];
  groups?: readonly SelectOptionGroup[];
  /** Text of an empty first option, for fields without a sensible default. */
  placeholder?: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
}

export function SelectField({ id, name, label, options = [], groups = [], placeholder, hint, error, value, onValueChange, className, ...selectProps }: SelectFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
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
      <select
        {...selectProps}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        className="field__select"
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
