interface LoadingStatusProps {
  label: string;
}

/** Announced by screen readers as soon as it appears (role="status"). */
export function LoadingStatus({ label }: LoadingStatusProps) {
  return (
    <p role="status" className="loading-status">
      <span className="loading-status__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
