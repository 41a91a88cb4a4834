import type { ReactNode } from 'react';

interface RepeatableGroupProps {
  /** id of the group (focused from the error summary for an error of the whole list). */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  isEmpty: boolean;
  emptyText: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}

/** A list of similar rows (SDGs, places, parties…) in one fieldset, with its "Ajouter" button at the end. */
export function RepeatableGroup({ id, legend, hint, error, isEmpty, emptyText, addLabel, onAdd, children }: RepeatableGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset id={id} tabIndex={-1} className={`fieldset fieldset--group${error ? ' field--error' : ''}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="fieldset__legend">{legend}</legend>
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
      {isEmpty && <p className="picker__empty">{emptyText}</p>}
      {children}
      <button id={`${id}-add`} type="button" className="button button--secondary" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}
