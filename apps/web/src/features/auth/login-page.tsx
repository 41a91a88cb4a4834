import { loginSchema } from '@passerelles/shared/schemas/account.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { LoginInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { returnPathFrom } from '../../lib/return-path';
import { useFormState } from '../../lib/use-form-state';
import { ErrorSummary, type SummaryEntry } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { PasswordField } from '../../ui/password-field';
import { StatusMessage } from '../../ui/status-message';
import { TextField } from '../../ui/text-field';
import { startSession, useViewer } from './use-viewer';
import { LoginMutation } from './viewer.operations';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];
const INITIAL: Record<Field, string> = { email: '', password: '' };

function stateFlag(state: unknown, flag: 'loggedOut' | 'passwordReset'): boolean {
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[flag] === true;
}

function arrivalMessage(state: unknown, t: (key: string) => string): string | null {
  if (stateFlag(state, 'passwordReset')) return t('login.passwordChanged');
  return stateFlag(state, 'loggedOut') ? t('login.loggedOut') : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  const returnPath = returnPathFrom(search);
  const viewer = useViewer();
  const form = useFormState(loginSchema, FIELDS, INITIAL, t('form.requiredField'));
  const login = useMutation({
    mutationFn: (input: LoginInput) => request(LoginMutation, { input }),
    onSuccess: (result) => {
      startSession(queryClient, result.login);
      void navigate(returnPath, { replace: true });
    },
    onError: form.showApiError,
  });

  // Someone already signed in who opens the login page goes straight on.
  if (viewer.data && !login.isPending) return <Navigate to={returnPath} replace />;

  const labels: Record<Field, string> = { email: t('login.email'), password: t('login.password') };
  const entries: SummaryEntry[] = FIELDS.flatMap((field) => {
    const message = form.errors[field];
    return message ? [{ fieldId: `login-${field}`, label: labels[field], message }] : [];
  });
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || login.isError);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.reset();
    const input = form.validate();
    if (input) login.mutate(input);
  }

  return (
    <div className="form-page">
      <PageHeading title={t('login.title')} />
      <StatusMessage message={arrivalMessage(location.state, t)} tone={stateFlag(location.state, 'passwordReset') ? 'success' : 'info'} />
      <p className="lead">{t('login.intro')}</p>
      {showSummary && <ErrorSummary attempt={form.attempt} entries={entries} message={login.isError ? apiErrorMessage(login.error, t) : undefined} />}
      <form className="form card" noValidate onSubmit={submit} aria-busy={login.isPending}>
        <TextField
          id="login-email"
          name="email"
          type="email"
          label={labels.email}
          hint={t('login.emailHint')}
          autoComplete="email"
          required
          value={form.values.email}
          error={form.errors.email}
          onValueChange={(value) => form.setValue('email', value)}
          onBlur={(event) => form.validateField('email', event)}
        />
        <PasswordField
          id="login-password"
          name="password"
          label={labels.password}
          autoComplete="current-password"
          required
          value={form.values.password}
          error={form.errors.password}
          onValueChange={(value) => form.setValue('password', value)}
          onBlur={(event) => form.validateField('password', event)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
      <p className="form-page__aside">
        <Link to="/mot-de-passe-oublie">{t('login.forgotPassword')}</Link>
      </p>
      <p className="form-page__aside">
        {t('login.noAccount')} <Link to="/inscription">{t('login.signUpLink')}</Link>
      </p>
    </div>
  );
}
