import { createBrowserRouter, Navigate } from 'react-router';
import { AcceptInvitationPage } from '../features/invitations/accept-invitation-page';
import { AdministrationLayout } from '../features/administration/administration-layout';
import { AdministrationPage } from '../features/administration/administration-page';
import { RequireAdmin } from '../features/administration/require-admin';
import { AuditJournalPage } from '../features/audit/audit-journal-page';
import { LoginPage } from '../features/auth/login-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { ExportsPage } from '../features/exports/exports-page';
import { MembersPage } from '../features/members/members-page';
import { ProjectsPage } from '../features/projects/projects-page';
import { RemindersPage } from '../features/reminders/reminders-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';
import { RequireAuth } from './require-auth';
import { RouteErrorPage } from './route-error-page';

// French paths: they are what people read in the address bar and in links shared by e-mail.
export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        // Outside RequireAuth, so that the way back after login is /projets rather than /.
        { index: true, element: <Navigate to="/projets" replace /> },
        {
          element: <PublicLayout />,
          children: [
            { path: 'connexion', element: <LoginPage /> },
            { path: 'inscription', element: <SignUpPage /> },
            { path: 'invitation', element: <AcceptInvitationPage /> },
          ],
        },
        {
          element: (
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          ),
          children: [
            { path: 'projets', element: <ProjectsPage /> },
            { path: 'tableau-de-bord', element: <DashboardPage /> },
            { path: 'relances', element: <RemindersPage /> },
            { path: 'exports', element: <ExportsPage /> },
            {
              path: 'administration',
              element: (
                <RequireAdmin>
                  <AdministrationLayout />
                </RequireAdmin>
              ),
              children: [
                { index: true, element: <AdministrationPage /> },
                { path: 'membres', element: <MembersPage /> },
                { path: 'journal', element: <AuditJournalPage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
