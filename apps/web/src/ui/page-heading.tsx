import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** id of the page's h1: where focus goes when the control that had it disappears. */
export const PAGE_HEADING_ID = 'titre-page';

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

  // The path this heading was last focused for: a change of the query string only (the filters of a list) is not
  // a new page, and focus stays where the person is.
  const focusedPath = useRef<string | null>(null);
  useEffect(() => {
    const previous = focusedPath.current;
    focusedPath.current = location.pathname;
    // "default" is the key of the location the visit started on.
    if (location.key === 'default' || previous === location.pathname) return;
    heading.current?.focus();
  }, [location.key, location.pathname]);

  return (
    <h1 ref={heading} id={PAGE_HEADING_ID} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
