import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { MemberRole } from '../graphql/generated/graphql';

interface MainNavigationProps {
  role: MemberRole;
}

interface NavItem {
  to: string;
  labelKey: string;
  adminOnly?: boolean;
}

const ITEMS: readonly NavItem[] = [
  { to: '/projets', labelKey: 'nav.projects' },
  { to: '/tableau-de-bord', labelKey: 'nav.dashboard' },
  { to: '/relances', labelKey: 'nav.reminders' },
  { to: '/exports', labelKey: 'nav.exports' },
  { to: '/administration', labelKey: 'nav.administration', adminOnly: true },
];

/** NavLink sets aria-current="page" on the link of the current section. */
export function MainNavigation({ role }: MainNavigationProps) {
  const { t } = useTranslation();
  const items = ITEMS.filter((item) => !item.adminOnly || role === 'ADMIN');
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="container main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="main-nav__link">
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
