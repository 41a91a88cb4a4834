import { inviteToProjectSchema } from '@passerelles/shared/schemas/project.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindCollectivityQuery as FoundCollectivity, InviteToProjectInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { pathErrorsFromApi, type PathErrors } from '../../lib/path-errors';
import { SelectField } from '../../ui/select-field';
import { StatusMessage } from '../../ui/status-message';
import { TextField } from '../../ui/text-field';
import { projectQueryKey } from './projects-query-keys';
import { FindCollectivityQuery, InviteCollectivityToProjectMutation } from './projects.operations';

interface InviteCollectivityFormProps {
  projectId: string;
  onInvited: (name: string) => void;
}

/**
 * Two steps: the SIREN is looked up first and the collectivité's name shown, so that the person checks whom
 * they are about to share the project with; then the role and the expected contribution.
 */
export function InviteCollectivityForm({ projectId, onInvited }: InviteCollectivityFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [siren, setSiren] = useState('');
  const [role, setRole] = useState('PARTNER');
  const [contribution, setContribution] = useState('');
  const [found, setFound] = useState<FoundCollectivity['findCollectivity']>(null);
  const [errors, setErrors] = useState<PathErrors>({});
  const [status, setStatus] = useState<string | null>(null);

  const lookup = useMutation({
    mutationFn: (value: string) => request(FindCollectivityQuery, { siren: value }),
    onSuccess: (result) => {
      setFound(result.findCollectivity ?? null);
      if (result.findCollectivity) setStatus(t('participants.found', { name: result.findCollectivity.name }));
      else setErrors({ siren: t('participants.notFound') });
    },
  });
  const invite = useMutation({
    mutationFn: (input: InviteToProjectInput) => request(InviteCollectivityToProjectMutation, { input }),
    onSuccess: async () => {
      const name = found?.name ?? '';
      setSiren('');
      setContribution('');
      setFound(null);
      setStatus(null);
      onInvited(name);
      document.getElementById('invite-siren')?.focus();
      await queryClient.invalidateQueries({ queryKey: projectQueryKey(projectId) });
    },
    onError: (error) => setErrors(pathErrorsFromApi(error)),
  });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setStatus(null);
    setFound(null);
    const trimmed = siren.replace(/\s/g, '');
    const parsed = inviteToProjectSchema.shape.siren.safeParse(trimmed);
    if (!parsed.success) {
      setErrors({ siren: trimmed === '' ? t('form.requiredField') : (parsed.error.issues[0]?.message ?? '') });
      document.getElementById('invite-siren')?.focus();
      return;
    }
    lookup.mutate(parsed.data);
  }

  function submitInvitation(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!found) return;
    invite.reset();
    const parsed = inviteToProjectSchema.safeParse({ projectId, siren: found.siren, role, contribution: contribution.trim() || null });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])));
      document.getElementById('invite-contribution')?.focus();
      return;
    }
    setErrors({});
    invite.mutate(parsed.data);
  }

  return (
    <section className="section panel" aria-labelledby="invite-collectivity-title">
      <h2 id="invite-collectivity-title" className="section__title">
        {t('participants.inviteTitle')}
      </h2>
      <p>{t('participants.inviteIntro')}</p>
      <form className="form form--inline" noValidate onSubmit={search} aria-busy={lookup.isPending}>
        <TextField
          id="invite-siren"
          name="siren"
          label={t('participants.siren')}
          hint={t('participants.sirenHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={14}
          value={siren}
          error={errors.siren}
          onValueChange={(value) => {
            setSiren(value);
            // Another SIREN: the collectivité found for the previous one no longer applies.
            setFound(null);
          }}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={lookup.isPending}>
            {lookup.isPending ? t('participants.searching') : t('participants.search')}
          </button>
        </div>
      </form>
      {lookup.isError && (
        <p className="field__error" role="alert">
          {apiErrorMessage(lookup.error, t)}
        </p>
      )}
      <StatusMessage message={status} tone="info" />
      {found && (
        <form className="form card" noValidate onSubmit={submitInvitation} aria-busy={invite.isPending} aria-labelledby="invite-found-title">
          <h3 id="invite-found-title" className="subsection__title">
            {t('participants.inviteWho', { name: found.name, siren: found.siren })}
          </h3>
          <div className="form-grid">
            <SelectField
              id="invite-role"
              name="role"
              label={t('participants.role')}
              options={(['PARTNER', 'OBSERVER'] as const).map((value) => ({ value, label: t(`enums.participationRole.${value}`) }))}
              hint={t(`participants.roleHint.${role}`)}
              value={role}
              error={errors.role}
              onValueChange={setRole}
            />
            <TextField
              id="invite-contribution"
              name="contribution"
              label={t('participants.expectedContribution')}
              hint={t('participants.contributionHint')}
              inputMode="decimal"
              autoComplete="off"
              value={contribution}
              error={errors.contribution}
              onValueChange={setContribution}
            />
          </div>
          {invite.isError && (
            <p className="field__error" role="alert">
              {apiErrorMessage(invite.error, t)}
            </p>
          )}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={invite.isPending}>
              {invite.isPending ? t('common.sending') : t('participants.invite', { name: found.name })}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
