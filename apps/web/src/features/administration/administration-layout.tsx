import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

/** Administration pages share a secondary navigation; it sits beside the content on wide screens. */
export function AdministrationLayout() {
  const { t } = useTranslation();
  return (
    <div className="with-sidebar">
      <nav className="side-nav" aria-label={t('administration.navLabel')}>
        <ul className="side-nav__list">
          <li>
            <NavLink to="/administration" end className="side-nav__link">
              {t('administration.title')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/administration/membres" className="side-nav__link">
              {t('administration.members')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/administration/journal" className="side-nav__link">
              {t('administration.journal')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/administration/parametres" className="side-nav__link">
              {t('administration.settings')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <div className="with-sidebar__content">
        <Outlet />
      </div>
    </div>
  );
}
