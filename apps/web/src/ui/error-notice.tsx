import type { ReactNode } from 'react';

interface ErrorNoticeProps {
  title?: string;
  children: ReactNode;
}

/** An error that stops a whole section (load failure, invalid link); announced when it appears. */
export function ErrorNotice({ title, children }: ErrorNoticeProps) {
  return (
    <div role="alert" className="notice notice--error">
      {title && <p className="notice__title">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
