import { inviteToProjectSchema } from '@passerelles/shared/schemas/project.schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindCollectivityQuery as FoundCollectivity, InviteToProjectInput } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { inputIdFor, pathErrorsFromApi, pathErrorsFromIssues, type PathErrors } from '../../lib/path-errors';
import { SelectField } from '../../ui/select-field';
import { StatusMessage } from '../../ui/status-message';
import { TextField } from '../../ui/text-field';
import { projectQueryKey } from './projects-query-keys';
import { FindCollectivityQuery, InviteCollectivityToProjectMutation } from './projects.operations';
import { CONTRIBUTIONS_PATH, yearAmountsInput, type YearAmountRow } from './year-amount-rows';
import { YearAmountsEditor } from './year-amounts-editor';

const FORM_ID = 'invite';

interface InviteCollectivityFormProps {
  projectId: string;
  onInvited: (name: string) => void;
}

/**
 * Two steps: the SIREN is looked up first and the collectivité's name shown, so that the person checks whom
 * they are about to share the project with; then the role and, for a partner, the expected contribution of
 * each year.
 */
export function InviteCollectivityForm({ projectId, onInvited }: InviteCollectivityFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [siren, setSiren] = useState('');
  const [role, setRole] = useState('PARTNER');
  const [contributions, setContributions] = useState<YearAmountRow[]>([]);
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
      setContributions([]);
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
    // An observer contributes nothing: the years typed before choosing that role are not sent.
    const parsed = inviteToProjectSchema.safeParse({ projectId, siren: found.siren, role, contributions: role === 'PARTNER' ? yearAmountsInput(contributions) : [] });
    if (!parsed.success) {
      const problems = pathErrorsFromIssues(parsed.error.issues);
      setErrors(problems);
      const first = Object.keys(problems)[0];
      if (first) document.getElementById(first.startsWith(CONTRIBUTIONS_PATH) ? inputIdFor(FORM_ID, first) : `invite-${first}`)?.focus();
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
          </div>
          {role === 'PARTNER' && (
            <YearAmountsEditor
              formId={FORM_ID}
              legend={t('participants.expectedContribution')}
              hint={t('participants.expectedContributionHint')}
              rows={contributions}
              errors={errors}
              onChange={(rows, structural) => {
                setContributions(rows);
                if (structural) setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([path]) => !path.startsWith(CONTRIBUTIONS_PATH))));
              }}
            />
          )}
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
