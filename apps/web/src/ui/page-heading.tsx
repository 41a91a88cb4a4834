import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

interface PageHeadingProps {
  /** Plain-text title, used for the document title ("Projets — Passerelles"). */
  title: string;
  /** Visible heading when it differs from the plain title (extra markup). */
  children?: ReactNode;
}

/**
 * The one h1 of a page. After a client-side navigation the browser keeps focus on the link that was activated
 * (or loses it), so screen reader and keyboard users would not learn that the page changed: focus moves here.
 * The first page of a visit is left alone, as after a normal page load.
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} — ${t('app.titleSuffix')}`;
  }, [title, t]);

  useEffect(() => {
    // "default" is the key of the location the visit started on.
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);

  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
