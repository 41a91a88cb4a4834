interface StatusMessageProps {
  message: string | null;
  tone?: 'success' | 'info';
}

/**
 * A polite live region. It stays in the page even when empty: screen readers only announce changes made to a
 * region that already existed.
 */
export function StatusMessage({ message, tone = 'success' }: StatusMessageProps) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="status-region">
      {message && <p className={`notice notice--${tone}`}>{message}</p>}
    </div>
  );
}
