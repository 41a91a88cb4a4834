import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { linkSecretFromHash } from '../../lib/link-secret';
import { ErrorNotice } from '../../ui/error-notice';
import { PageHeading } from '../../ui/page-heading';
import { startSession } from './use-viewer';
import { ConfirmSignUpMutation } from './viewer.operations';

/**
 * The link of the sign-up e-mail lands here. Confirming takes a click rather than happening on load: mail
 * scanners that open links must not create collectivités.
 */
export function ConfirmSignUpPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const token = linkSecretFromHash(location.hash);
  const confirm = useMutation({
    mutationFn: (secret: string) => request(ConfirmSignUpMutation, { token: secret }),
    onSuccess: (result) => {
      startSession(queryClient, result.confirmSignUp);
      void navigate('/projets', { replace: true });
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (token) confirm.mutate(token);
  }

  return (
    <div className="form-page">
      <PageHeading title={t('signUpConfirm.title')} />
      {token === null ? (
        <ErrorNotice>
          <p>{t('signUpConfirm.missingToken')}</p>
        </ErrorNotice>
      ) : (
        <>
          {confirm.isError && (
            <ErrorNotice title={t('signUpConfirm.failed')}>
              <p>{apiErrorMessage(confirm.error, t)}</p>
            </ErrorNotice>
          )}
          <form className="form card" onSubmit={submit} aria-busy={confirm.isPending}>
            <p className="lead">{t('signUpConfirm.intro')}</p>
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={confirm.isPending}>
                {confirm.isPending ? t('signUpConfirm.submitting') : t('signUpConfirm.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p className="form-page__aside">
        <Link to="/inscription">{t('signUpConfirm.restart')}</Link> · <Link to="/connexion">{t('forgotPassword.loginLink')}</Link>
      </p>
    </div>
  );
}
