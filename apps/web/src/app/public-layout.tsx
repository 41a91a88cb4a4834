import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { SiteFooter } from './site-footer';

interface PublicLayoutProps {
  /** Rendered instead of the matched route (RequireAuth uses it for its loading and error states). */
  children?: ReactNode;
  busy?: boolean;
}

/** Frame of the pages reached without a session: login, sign-up, invitation. */
export function PublicLayout({ children, busy = false }: PublicLayoutProps) {
  return (
    <div className="page">
      <SkipLink />
      <header className="site-header">
        <div className="container site-header__top">
          <Brand to="/connexion" />
          <div className="site-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="site-main site-main--narrow container" aria-busy={busy || undefined}>
        {children ?? <Outlet />}
      </main>
      <SiteFooter />
    </div>
  );
}
