interface CheckboxFieldProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

export function CheckboxField({ id, label, hint, checked, onCheckedChange }: CheckboxFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="checkbox-field">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={checked} aria-describedby={hintId} onChange={(event) => onCheckedChange(event.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={hintId} className="field__hint checkbox-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
