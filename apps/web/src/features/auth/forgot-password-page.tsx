import { requestPasswordResetSchema } from '@passerelles/shared/schemas/account.schemas';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { fieldBinder, summaryEntries } from '../../lib/form-field-binding';
import { useFormState } from '../../lib/use-form-state';
import { ErrorSummary } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { RequestPasswordResetMutation } from './viewer.operations';

const FIELDS = ['email'] as const;
const INITIAL = { email: '' };

/** "Mot de passe oublié" : asks for the address; the next page says the same whether it has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormState(requestPasswordResetSchema, FIELDS, INITIAL, t('form.requiredField'));
  const send = useMutation({
    mutationFn: (email: string) => request(RequestPasswordResetMutation, { email }),
    onSuccess: (_result, email) => void navigate('/mot-de-passe-oublie/e-mail-envoye', { state: { sentTo: email } }),
    onError: form.showApiError,
  });
  const labels = { email: t('forgotPassword.email') };
  const entries = summaryEntries(form, FIELDS, 'forgot', labels);
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || send.isError);
  const bind = fieldBinder(form, 'forgot', labels);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.reset();
    const input = form.validate();
    if (input) send.mutate(input.email);
  }

  return (
    <div className="form-page">
      <PageHeading title={t('forgotPassword.title')} />
      <p className="lead">{t('forgotPassword.intro')}</p>
      {showSummary && <ErrorSummary attempt={form.attempt} entries={entries} message={send.isError ? apiErrorMessage(send.error, t) : undefined} />}
      <form className="form card" noValidate onSubmit={submit} aria-busy={send.isPending}>
        <TextField {...bind('email')} type="email" hint={t('forgotPassword.emailHint')} autoComplete="email" required />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={send.isPending}>
            {send.isPending ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
          </button>
        </div>
      </form>
      <p className="form-page__aside">
        <Link to="/connexion">{t('forgotPassword.loginLink')}</Link>
      </p>
    </div>
  );
}
