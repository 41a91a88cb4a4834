import { createBrowserRouter, Navigate } from 'react-router';
import { AcceptInvitationPage } from '../features/invitations/accept-invitation-page';
import { AdministrationLayout } from '../features/administration/administration-layout';
import { AdministrationPage } from '../features/administration/administration-page';
import { RequireAdmin } from '../features/administration/require-admin';
import { RequireRole } from '../features/administration/require-role';
import { AuditJournalPage } from '../features/audit/audit-journal-page';
import { ConfirmSignUpPage } from '../features/auth/confirm-sign-up-page';
import { EmailSentPage } from '../features/auth/email-sent-page';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { LoginPage } from '../features/auth/login-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { ExportsPage } from '../features/exports/exports-page';
import { MembersPage } from '../features/members/members-page';
import { ConventionFormPage } from '../features/cooperations/convention-form-page';
import { ConventionPage } from '../features/cooperations/convention-page';
import { ConventionsPage } from '../features/cooperations/conventions-page';
import { CooperationFormPage } from '../features/cooperations/cooperation-form-page';
import { CooperationPage } from '../features/cooperations/cooperation-page';
import { CooperationsPage } from '../features/cooperations/cooperations-page';
import { DeliberationFormPage } from '../features/deliberations/deliberation-form-page';
import { DeliberationPage } from '../features/deliberations/deliberation-page';
import { DeliberationsPage } from '../features/deliberations/deliberations-page';
import { DirectoryPage } from '../features/directory/directory-page';
import { OrganisationFormPage } from '../features/directory/organisation-form-page';
import { OrganisationPage } from '../features/directory/organisation-page';
import { ProjectFormPage } from '../features/projects/project-form-page';
import { ProjectPage } from '../features/projects/project-page';
import { ProjectsPage } from '../features/projects/projects-page';
import { RemindersPage } from '../features/reminders/reminders-page';
import { SettingsPage } from '../features/settings/settings-page';
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
            { path: 'inscription/e-mail-envoye', element: <EmailSentPage section="signUp" /> },
            { path: 'inscription/confirmation', element: <ConfirmSignUpPage /> },
            { path: 'mot-de-passe-oublie', element: <ForgotPasswordPage /> },
            { path: 'mot-de-passe-oublie/e-mail-envoye', element: <EmailSentPage section="forgotPassword" /> },
            { path: 'mot-de-passe/nouveau', element: <ResetPasswordPage /> },
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
            { path: 'projets/nouveau', element: <ProjectFormPage /> },
            { path: 'projets/:id', element: <ProjectPage /> },
            { path: 'projets/:id/modifier', element: <ProjectFormPage /> },
            { path: 'cooperations', element: <CooperationsPage /> },
            { path: 'cooperations/nouvelle', element: <CooperationFormPage /> },
            { path: 'cooperations/:id', element: <CooperationPage /> },
            { path: 'cooperations/:id/modifier', element: <CooperationFormPage /> },
            { path: 'cooperations/:id/conventions/nouvelle', element: <ConventionFormPage purpose="create" /> },
            { path: 'conventions', element: <ConventionsPage /> },
            { path: 'conventions/:id', element: <ConventionPage /> },
            { path: 'conventions/:id/modifier', element: <ConventionFormPage purpose="edit" /> },
            { path: 'conventions/:id/nouvelle-version', element: <ConventionFormPage purpose="version" /> },
            { path: 'deliberations', element: <DeliberationsPage /> },
            { path: 'deliberations/nouvelle', element: <DeliberationFormPage /> },
            { path: 'deliberations/:id', element: <DeliberationPage /> },
            { path: 'deliberations/:id/modifier', element: <DeliberationFormPage /> },
            { path: 'annuaire', element: <DirectoryPage /> },
            { path: 'annuaire/nouvelle', element: <OrganisationFormPage /> },
            { path: 'annuaire/:id', element: <OrganisationPage /> },
            { path: 'annuaire/:id/modifier', element: <OrganisationFormPage /> },
            { path: 'tableau-de-bord', element: <DashboardPage /> },
            { path: 'relances', element: <RemindersPage /> },
            { path: 'exports', element: <ExportsPage /> },
            {
              path: 'journal',
              element: (
                <RequireRole roles={['ADMIN', 'EVALUATOR']}>
                  <AuditJournalPage />
                </RequireRole>
              ),
            },
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
                { path: 'parametres', element: <SettingsPage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
