import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useAuthenticatedViewer } from '../features/auth/use-viewer';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { LogoutButton } from './logout-button';
import { MainNavigation } from './main-navigation';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { SiteFooter } from './site-footer';
import { TenantSwitcher } from './tenant-switcher';

/** Frame of the application pages: header with collectivité, person and language, main navigation, content. */
export function AppShell() {
  const { t } = useTranslation();
  const viewer = useAuthenticatedViewer();

  return (
    <div className="page">
      <SkipLink />
      <header className="site-header">
        <div className="container site-header__top">
          <Brand to="/projets" />
          <div className="site-header__tools">
            <TenantSwitcher viewer={viewer} />
            <div className="user-box">
              <p className="user-box__name">
                <span className="sr-only">{t('header.signedInAs')} </span>
                {viewer.user.name}
                <span className="user-box__role">{t(`roles.${viewer.role}`)}</span>
              </p>
              <LogoutButton />
            </div>
            <LanguageSwitch />
          </div>
        </div>
        <MainNavigation role={viewer.role} />
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="site-main container">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
