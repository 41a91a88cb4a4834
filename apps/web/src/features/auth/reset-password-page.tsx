import { resetPasswordSchema } from '@passerelles/shared/schemas/account.schemas';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ResetPasswordInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { fieldBinder, summaryEntries } from '../../lib/form-field-binding';
import { linkSecretFromHash } from '../../lib/link-secret';
import { useFormState } from '../../lib/use-form-state';
import { ErrorNotice } from '../../ui/error-notice';
import { ErrorSummary } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { PasswordField } from '../../ui/password-field';
import { ResetPasswordMutation } from './viewer.operations';

const FIELDS = ['token', 'password'] as const;

/** The link of the password reset e-mail lands here (/mot-de-passe/nouveau#<secret>). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const token = linkSecretFromHash(location.hash);
  return (
    <div className="form-page">
      <PageHeading title={t('resetPassword.title')} />
      {token === null ? (
        <ErrorNotice>
          <p>{t('resetPassword.missingToken')}</p>
        </ErrorNotice>
      ) : (
        <ResetPasswordForm token={token} />
      )}
      <p className="form-page__aside">
        <Link to="/mot-de-passe-oublie">{t('resetPassword.askAgain')}</Link>
      </p>
    </div>
  );
}

function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormState(resetPasswordSchema, FIELDS, { token, password: '' }, t('form.requiredField'));
  const save = useMutation({
    mutationFn: (input: ResetPasswordInput) => request(ResetPasswordMutation, { input }),
    // Every session was closed, this browser's too: the person signs in again with the new password.
    onSuccess: () => void navigate('/connexion', { replace: true, state: { passwordReset: true } }),
    onError: form.showApiError,
  });
  const labels = { token: t('resetPassword.title'), password: t('resetPassword.password') };
  const entries = summaryEntries(form, ['password'] as const, 'reset', labels);
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || save.isError);
  // A problem with the link itself has no input to point to: it is the summary's message.
  const summaryMessage = save.isError ? apiErrorMessage(save.error, t) : form.errors.token;
  const bind = fieldBinder(form, 'reset', labels);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    const input = form.validate();
    if (input) save.mutate(input);
  }

  return (
    <>
      <p className="lead">{t('resetPassword.intro')}</p>
      {showSummary && <ErrorSummary attempt={form.attempt} entries={entries} message={summaryMessage} />}
      <form className="form card" noValidate onSubmit={submit} aria-busy={save.isPending}>
        <PasswordField {...bind('password')} hint={t('resetPassword.passwordHint')} autoComplete="new-password" required />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('resetPassword.submitting') : t('resetPassword.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
