import { acceptInvitationSchema, newPasswordField, personNameField } from '@passerelles/shared/schemas/account.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AcceptInvitationInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { useFormState } from '../../lib/use-form-state';
import { ErrorSummary, type SummaryEntry } from '../../ui/error-summary';
import { PasswordField } from '../../ui/password-field';
import { TextField } from '../../ui/text-field';
import { startSession } from '../auth/use-viewer';
import { AcceptInvitationMutation } from './invitation.operations';

const FIELDS = ['token', 'name', 'password'] as const;
type Field = (typeof FIELDS)[number];

// A new account must choose a name and a password that follows the policy; an existing one only proves itself.
const newAccountSchema = acceptInvitationSchema.extend({ name: personNameField, password: newPasswordField });

interface AcceptInvitationFormProps {
  token: string;
  accountExists: boolean;
}

export function AcceptInvitationForm({ token, accountExists }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormState(accountExists ? acceptInvitationSchema : newAccountSchema, FIELDS, { token, name: '', password: '' }, t('form.requiredField'));
  const accept = useMutation({
    mutationFn: (input: AcceptInvitationInput) => request(AcceptInvitationMutation, { input }),
    onSuccess: (result) => {
      startSession(queryClient, result.acceptInvitation);
      void navigate('/projets', { replace: true });
    },
    onError: form.showApiError,
  });

  const labels: Record<Field, string> = {
    token: t('invitation.title'),
    name: t('invitation.name'),
    password: accountExists ? t('invitation.existingPassword') : t('invitation.password'),
  };
  const entries: SummaryEntry[] = (['name', 'password'] as const).flatMap((field) => {
    const message = form.errors[field];
    return message ? [{ fieldId: `invitation-${field}`, label: labels[field], message }] : [];
  });
  // A problem with the token itself has no input to point to: it is shown as the summary's message.
  const tokenMessage = form.errors.token;
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || accept.isError);
  const summaryMessage = accept.isError ? apiErrorMessage(accept.error, t) : tokenMessage;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    accept.reset();
    const input = form.validate();
    if (!input) return;
    accept.mutate(accountExists ? { token: input.token, password: input.password } : input);
  }

  return (
    <>
      {showSummary && <ErrorSummary attempt={form.attempt} entries={entries} message={summaryMessage} />}
      <form className="form card" noValidate onSubmit={submit} aria-busy={accept.isPending}>
        <p className="form__notice">{accountExists ? t('invitation.existingAccount') : t('invitation.newAccount')}</p>
        {!accountExists && (
          <TextField
            id="invitation-name"
            name="name"
            label={labels.name}
            autoComplete="name"
            required
            value={form.values.name}
            error={form.errors.name}
            onValueChange={(value) => form.setValue('name', value)}
            onBlur={(event) => form.validateField('name', event)}
          />
        )}
        <PasswordField
          id="invitation-password"
          name="password"
          label={labels.password}
          hint={accountExists ? undefined : t('invitation.passwordHint')}
          autoComplete={accountExists ? 'current-password' : 'new-password'}
          required
          value={form.values.password}
          error={form.errors.password}
          onValueChange={(value) => form.setValue('password', value)}
          onBlur={(event) => form.validateField('password', event)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={accept.isPending}>
            {accept.isPending ? t('invitation.submitting') : t('invitation.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
