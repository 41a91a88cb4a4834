import { TENANT_KINDS } from '@passerelles/domain/member-role';
import { sirenWarning } from '@passerelles/domain/siren';
import { signUpSchema } from '@passerelles/shared/schemas/account.schemas';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SignUpInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { fieldBinder, summaryEntries } from '../../lib/form-field-binding';
import { regionSelectGroups } from '../../lib/region-options';
import { useFormState } from '../../lib/use-form-state';
import { ErrorSummary } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { PasswordField } from '../../ui/password-field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { SignUpMutation } from './viewer.operations';

// Same names as the GraphQL input, so that the API's field errors land on the right inputs.
const FIELDS = ['tenantName', 'tenantKind', 'siren', 'regionCode', 'adminName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];
const INITIAL: Record<Field, string> = { tenantName: '', tenantKind: '', siren: '', regionCode: '', adminName: '', email: '', password: '' };

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormState(signUpSchema, FIELDS, INITIAL, t('form.requiredField'));
  // The answer is the same whether or not the address has an account: "check your inbox" (the e-mail says which).
  const signUp = useMutation({
    mutationFn: (input: SignUpInput) => request(SignUpMutation, { input }),
    onSuccess: (_result, input) => void navigate('/inscription/e-mail-envoye', { state: { sentTo: input.email } }),
    onError: form.showApiError,
  });

  const labels: Record<Field, string> = {
    tenantName: t('signUp.tenantName'),
    tenantKind: t('signUp.tenantKind'),
    siren: t('signUp.siren'),
    regionCode: t('signUp.region'),
    adminName: t('signUp.adminName'),
    email: t('signUp.email'),
    password: t('signUp.password'),
  };
  const kindOptions = TENANT_KINDS.map((kind) => ({ value: kind, label: t(`tenantKinds.${kind}`) }));
  // A valid SIREN outside the public range gets a warning that never blocks the form (the API accepts it).
  const sirenNotice = form.errors.siren ? null : sirenWarning(form.values.siren);
  const entries = summaryEntries(form, FIELDS, 'signup', labels);
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || signUp.isError);

  const bindField = fieldBinder(form, 'signup', labels);
  const fieldProps = (field: Field) => ({ ...bindField(field), required: true });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signUp.reset();
    const input = form.validate();
    if (input) signUp.mutate(input);
  }

  return (
    <div className="form-page">
      <PageHeading title={t('signUp.title')} />
      <p className="lead">{t('signUp.intro')}</p>
      {showSummary && <ErrorSummary attempt={form.attempt} entries={entries} message={signUp.isError ? apiErrorMessage(signUp.error, t) : undefined} />}
      <form className="form card" noValidate onSubmit={submit} aria-busy={signUp.isPending}>
        <p className="form__notice">{t('form.requiredNotice')}</p>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('signUp.tenantSection')}</legend>
          <TextField {...fieldProps('tenantName')} hint={t('signUp.tenantNameHint')} autoComplete="organization" />
          <SelectField {...fieldProps('tenantKind')} options={kindOptions} placeholder={t('form.choose')} />
          <TextField
            {...fieldProps('siren')}
            hint={t('signUp.sirenHint')}
            warning={sirenNotice ? t(`signUp.sirenWarnings.${sirenNotice.code}`) : undefined}
            inputMode="numeric"
            autoComplete="off"
            maxLength={14}
          />
          <SelectField {...fieldProps('regionCode')} groups={regionSelectGroups(t)} placeholder={t('form.choose')} />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('signUp.accountSection')}</legend>
          <TextField {...fieldProps('adminName')} autoComplete="name" />
          <TextField {...fieldProps('email')} type="email" hint={t('signUp.emailHint')} autoComplete="email" />
          <PasswordField {...fieldProps('password')} hint={t('signUp.passwordHint')} autoComplete="new-password" />
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={signUp.isPending}>
            {signUp.isPending ? t('signUp.submitting') : t('signUp.submit')}
          </button>
        </div>
      </form>
      <p className="form-page__aside">
        {t('signUp.hasAccount')} <Link to="/connexion">{t('signUp.loginLink')}</Link>
      </p>
    </div>
  );
}
