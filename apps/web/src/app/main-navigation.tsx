import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { MemberRole } from '../graphql/generated/graphql';

interface MainNavigationProps {
  role: MemberRole;
}

interface NavItem {
  to: string;
  labelKey: string;
  /** Shown only to these roles (all roles when absent). */
  roles?: readonly MemberRole[];
  /** Other sections shown as part of this one (the conventions belong to the coopérations). */
  alsoFor?: readonly string[];
}

const ITEMS: readonly NavItem[] = [
  { to: '/projets', labelKey: 'nav.projects' },
  { to: '/cooperations', labelKey: 'nav.cooperations', alsoFor: ['/conventions'] },
  { to: '/deliberations', labelKey: 'nav.deliberations' },
  { to: '/annuaire', labelKey: 'nav.directory' },
  { to: '/tableau-de-bord', labelKey: 'nav.dashboard' },
  { to: '/relances', labelKey: 'nav.reminders' },
  { to: '/exports', labelKey: 'nav.exports' },
  // Evaluators browse the collectivité's audit journal; administrators find it under Administration.
  { to: '/journal', labelKey: 'nav.journal', roles: ['EVALUATOR'] as MemberRole[] },
  { to: '/administration', labelKey: 'nav.administration', roles: ['ADMIN'] as MemberRole[] },
];

function isWithin(pathname: string, section: string): boolean {
  return pathname === section || pathname.startsWith(`${section}/`);
}

/** aria-current="page" marks the link of the current section, on its own pages and on those below it. */
export function MainNavigation({ role }: MainNavigationProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = ITEMS.filter((item) => !item.roles || item.roles.includes(role));
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="container main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="main-nav__link" aria-current={[item.to, ...(item.alsoFor ?? [])].some((section) => isWithin(pathname, section)) ? 'page' : undefined}>
              {t(item.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
