import { participationContributionSchema } from '@passerelles/shared/schemas/project.schemas';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { amountForInput } from '../../lib/format-amount';
import { FormDialog } from '../../ui/form-dialog';
import { TextField } from '../../ui/text-field';
import type { Participant } from './participant-row';
import { SetParticipationContributionMutation } from './projects.operations';

interface ParticipantContributionDialogProps {
  participant: Participant | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}

export function ParticipantContributionDialog({ participant, onClose, onSaved }: ParticipantContributionDialogProps) {
  const { t, i18n } = useTranslation();
  // The value typed, per participant: opening the dialog for another one starts from that one's amount.
  const [draft, setDraft] = useState<{ id: string; value: string } | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const value = participant && draft?.id === participant.id ? draft.value : amountForInput(participant?.contribution, i18n.language);
  const save = useMutation({
    mutationFn: (contribution: string | null) => request(SetParticipationContributionMutation, { input: { participationId: participant!.id, contribution } }),
    onSuccess: () => {
      setDraft(null);
      onSaved(participant?.collectivityName ?? '');
    },
  });

  return (
    <FormDialog
      open={participant !== null}
      title={t('participants.contributionTitle', { name: participant?.collectivityName ?? '' })}
      submitLabel={t('common.save')}
      cancelLabel={t('common.cancel')}
      busy={save.isPending}
      error={save.isError ? apiErrorMessage(save.error, t) : null}
      onCancel={() => {
        save.reset();
        setDraft(null);
        setInputError(null);
        onClose();
      }}
      onSubmit={() => {
        if (!participant) return;
        const parsed = participationContributionSchema.safeParse({ participationId: participant.id, contribution: value.trim() || null });
        if (!parsed.success) {
          setInputError(parsed.error.issues[0]?.message ?? t('errors.internal'));
          document.getElementById('participant-contribution')?.focus();
          return;
        }
        setInputError(null);
        save.mutate(parsed.data.contribution);
      }}
    >
      <TextField
        id="participant-contribution"
        name="contribution"
        label={t('participants.contribution')}
        hint={t('participants.contributionHint')}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        error={inputError ?? undefined}
        onValueChange={(next) => participant && setDraft({ id: participant.id, value: next })}
      />
    </FormDialog>
  );
}
