import { MEMBER_ROLES } from '@passerelles/domain/member-role';
import { inviteMemberSchema } from '@passerelles/shared/schemas/account.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteMemberInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { hasErrors } from '../../lib/form-errors';
import { useFormState } from '../../lib/use-form-state';
import { ErrorSummary, type SummaryEntry } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { StatusMessage } from '../../ui/status-message';
import { TextField } from '../../ui/text-field';
import { auditEventsQueryKey, pendingInvitationsQueryKey } from './members-query-keys';
import { InviteMemberMutation } from './members.operations';

const FIELDS = ['email', 'role'] as const;
type Field = (typeof FIELDS)[number];
// Most invitations go to the people who do the follow-up work.
const INITIAL: Record<Field, string> = { email: '', role: 'TECHNICIAN' };

export function InviteMemberForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const emailInput = useRef<HTMLInputElement>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormState(inviteMemberSchema, FIELDS, INITIAL, t('form.requiredField'));
  const invite = useMutation({
    mutationFn: (input: InviteMemberInput) => request(InviteMemberMutation, { input }),
    onSuccess: async (result) => {
      setSentTo(result.inviteMember.email);
      // Keep the chosen role: several colleagues with the same role are often invited in a row.
      form.reset({ email: '', role: form.values.role });
      emailInput.current?.focus();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: pendingInvitationsQueryKey }),
        queryClient.invalidateQueries({ queryKey: auditEventsQueryKey }),
      ]);
    },
    onError: form.showApiError,
  });

  const labels: Record<Field, string> = { email: t('invite.email'), role: t('invite.role') };
  const entries: SummaryEntry[] = FIELDS.flatMap((field) => {
    const message = form.errors[field];
    return message ? [{ fieldId: `invite-${field}`, label: labels[field], message }] : [];
  });
  const showSummary = form.attempt > 0 && (hasErrors(form.errors) || invite.isError);
  const roleOptions = MEMBER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    invite.reset();
    setSentTo(null);
    const input = form.validate();
    if (input) invite.mutate(input);
  }

  return (
    <section className="section" aria-labelledby="invite-title">
      <h2 id="invite-title" className="section__title">
        {t('invite.title')}
      </h2>
      <p>{t('invite.intro')}</p>
      {showSummary && <ErrorSummary attempt={form.attempt} entries={entries} message={invite.isError ? apiErrorMessage(invite.error, t) : undefined} />}
      <form className="form form--inline card" noValidate onSubmit={submit} aria-busy={invite.isPending}>
        <TextField
          ref={emailInput}
          id="invite-email"
          name="email"
          type="email"
          label={labels.email}
          hint={t('invite.emailHint')}
          autoComplete="off"
          required
          value={form.values.email}
          error={form.errors.email}
          onValueChange={(value) => form.setValue('email', value)}
          onBlur={(event) => form.validateField('email', event)}
        />
        <SelectField
          id="invite-role"
          name="role"
          label={labels.role}
          options={roleOptions}
          required
          value={form.values.role}
          error={form.errors.role}
          onValueChange={(value) => form.setValue('role', value)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={invite.isPending}>
            {invite.isPending ? t('invite.submitting') : t('invite.submit')}
          </button>
        </div>
      </form>
      <StatusMessage message={sentTo ? t('invite.sent', { email: sentTo }) : null} />
    </section>
  );
}
