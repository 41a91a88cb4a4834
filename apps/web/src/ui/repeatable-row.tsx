import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RepeatableRowProps {
  legend: string;
  /** Accessible name of the remove button ("Retirer l'ODD 2"): "Retirer" alone would not say which. */
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
  layout?: string;
}

export function RepeatableRow({ legend, removeLabel, onRemove, children, layout }: RepeatableRowProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="row-fieldset">
      <legend className="row-fieldset__legend">{legend}</legend>
      <div className={`row-fieldset__fields${layout ? ` row-fieldset__fields--${layout}` : ''}`}>
        {children}
        <button type="button" className="button button--tertiary button--small row-fieldset__remove" onClick={onRemove} aria-label={removeLabel}>
          {t('common.remove')}
        </button>
      </div>
    </fieldset>
  );
}
