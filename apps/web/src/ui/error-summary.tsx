import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryEntry {
  /** id of the input to focus from the summary. */
  fieldId: string;
  label: string;
  message: string;
}

interface ErrorSummaryProps {
  /** A sentence for problems that belong to no field (wrong password, duplicate SIREN…). */
  message?: string;
  entries: readonly SummaryEntry[];
  /** Changes at each failed submit, so that focus comes back to the summary each time. */
  attempt: number;
}

/**
 * Shown after a failed submit: announced at once (role="alert") and focused, so that the person hears what
 * went wrong and can jump to each field from its link.
 */
export function ErrorSummary({ message, entries, attempt }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    box.current?.focus();
  }, [attempt]);

  return (
    <div ref={box} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      {message && <p className="error-summary__message">{message}</p>}
      {entries.length > 0 && (
        <>
          <p>{t('form.fixFields')}</p>
          <ul className="error-summary__list">
            {entries.map((entry) => (
              <li key={entry.fieldId}>
                <a
                  href={`#${entry.fieldId}`}
                  onClick={(event) => {
                    // Focus the field itself (the URL fragment would only scroll, and /invitation keeps its token there).
                    event.preventDefault();
                    document.getElementById(entry.fieldId)?.focus();
                  }}
                >
                  {entry.label} : {entry.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
