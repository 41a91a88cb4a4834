import type { Ref, TextareaHTMLAttributes } from 'react';

type NativeTextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'>;

export interface TextareaFieldProps extends NativeTextareaProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextareaField({ id, name, label, hint, error, value, onValueChange, className, ref, rows = 4, ...textareaProps }: TextareaFieldProps) {
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
      <textarea
        {...textareaProps}
        ref={ref}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        className="field__input field__textarea"
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy}
      />
    </div>
  );
}
