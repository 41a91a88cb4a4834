import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { inputIdFor, pathErrorsFromApi, type PathErrors } from '../../lib/path-errors';
import { FormDialog } from '../../ui/form-dialog';
import type { Participant } from './participant-row';
import { SetParticipationContributionMutation } from './projects.operations';
import { CONTRIBUTIONS_PATH, contributionChanges, parseYearAmounts, yearAmountRowsFrom, type YearAmountRow } from './year-amount-rows';
import { YearAmountsEditor } from './year-amounts-editor';

const FORM_ID = 'participant-contribution';

interface ParticipantContributionDialogProps {
  participant: Participant | null;
  /** Called after the changes were saved, or after a failure that left some of them saved. */
  onSettled: (result: { name: string; saved: boolean }) => void;
  onClose: () => void;
}

/**
 * A participant's contribution, year by year: the years are edited together, then each change is saved (a year
 * added or changed with its amount, a year removed without one).
 */
export function ParticipantContributionDialog({ participant, onSettled, onClose }: ParticipantContributionDialogProps) {
  const { t, i18n } = useTranslation();
  // Read once per opening (the parent remounts the dialog each time it opens).
  const [rows, setRows] = useState<YearAmountRow[]>(() => yearAmountRowsFrom(participant?.contributions ?? [], i18n.language));
  const [errors, setErrors] = useState<PathErrors>({});
  const save = useMutation({
    mutationFn: async (changes: { year: number; amount: string | null }[]) => {
      for (const change of changes) {
        await request(SetParticipationContributionMutation, { input: { participationId: participant!.id, ...change } });
      }
    },
    onSuccess: () => onSettled({ name: participant?.collectivityName ?? '', saved: true }),
    onError: (error) => {
      setErrors(pathErrorsFromApi(error));
      // Some years may have been saved before the refusal: the table shows what the server holds.
      onSettled({ name: participant?.collectivityName ?? '', saved: false });
    },
  });

  return (
    <FormDialog
      open={participant !== null}
      title={t('participants.contributionTitle', { name: participant?.collectivityName ?? '' })}
      description={<p>{t('participants.contributionIntro')}</p>}
      submitLabel={t('common.save')}
      cancelLabel={t('common.cancel')}
      busy={save.isPending}
      error={save.isError ? apiErrorMessage(save.error, t) : null}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      onSubmit={() => {
        if (!participant) return;
        save.reset();
        const parsed = parseYearAmounts(rows);
        if (!parsed.ok) {
          setErrors(parsed.errors);
          const first = Object.keys(parsed.errors)[0];
          if (first) document.getElementById(inputIdFor(FORM_ID, first))?.focus();
          return;
        }
        setErrors({});
        save.mutate(contributionChanges(participant.contributions, parsed.entries));
      }}
    >
      <YearAmountsEditor
        formId={FORM_ID}
        legend={t('participants.contributionByYear')}
        hint={t('participants.contributionHint')}
        rows={rows}
        errors={errors}
        onChange={(next, structural) => {
          setRows(next);
          if (structural) setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([path]) => !path.startsWith(CONTRIBUTIONS_PATH))));
        }}
      />
    </FormDialog>
  );
}
