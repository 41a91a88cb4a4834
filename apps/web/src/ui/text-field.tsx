import type { InputHTMLAttributes, Ref } from 'react';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'>;

export interface TextFieldProps extends NativeInputProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** A non-blocking remark on the value (the form can still be sent), read with the input like the hint. */
  warning?: string;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/** Label, hint and error are tied to the input so that assistive technologies read them with it. */
export function TextField({ id, name, label, hint, warning, error, value, onValueChange, className, ref, ...inputProps }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, warningId, errorId].filter(Boolean).join(' ') || undefined;

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
      {warning && (
        <p id={warningId} className="field__warning">
          {warning}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <input
        {...inputProps}
        ref={ref}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        className="field__input"
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy}
      />
    </div>
  );
}
