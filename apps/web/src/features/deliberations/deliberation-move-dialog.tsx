import { changeDeliberationStatusSchema } from '@passerelles/shared/schemas/deliberation.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationStatus } from '../../graphql/generated/graphql';
import { todayIsoDate } from '../../lib/format-date';
import { pathErrorsFromIssues, type PathErrors } from '../../lib/path-errors';
import { FormDialog } from '../../ui/form-dialog';
import { TextField } from '../../ui/text-field';
import { TextareaField } from '../../ui/textarea-field';

export interface DeliberationMove {
  status: DeliberationStatus;
  date: string;
  reason: string | null;
}

interface DeliberationMoveDialogProps {
  deliberationId: string;
  number: string;
  /** The status to move to; null while the dialog is closed. */
  target: DeliberationStatus | null;
  /** Withdrawal, annulment and repeal end the deliberation: they say why. */
  ends: boolean;
  busy: boolean;
  /** The API's refusal: its message, and its problems by field. */
  error: string | null;
  fieldErrors: PathErrors;
  onCancel: () => void;
  onSubmit: (move: DeliberationMove) => void;
}

const DATE_ID = 'deliberation-move-date';
const REASON_ID = 'deliberation-move-reason';

/**
 * Asks for the date of the step (vote, transmission, executory force, end), today by default, and the reason
 * when the deliberation ends. Checked with the API's own schema before sending; the API checks the order of dates.
 */
export function DeliberationMoveDialog({ deliberationId, number, target, ends, busy, error, fieldErrors, onCancel, onSubmit }: DeliberationMoveDialogProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<PathErrors>({});
  const open = target !== null;
  // Today until the person changes it; computed when the dialog shows, not when the page was loaded.
  const shownDate = date ?? (open ? todayIsoDate() : '');
  const shown = { ...fieldErrors, ...errors };

  return (
    <FormDialog
      open={open}
      title={target ? t(`deliberationPage.dateTitles.${target}`, { number }) : ''}
      description={ends ? <p>{t('deliberationPage.endText')}</p> : undefined}
      submitLabel={target ? t(`deliberationPage.moves.${target}`) : ''}
      cancelLabel={t('common.cancel')}
      tone={ends ? 'danger' : 'primary'}
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        if (!target) return;
        const parsed = changeDeliberationStatusSchema.safeParse({ deliberationId, status: target, date: shownDate, reason: ends ? reason : null });
        const found: PathErrors = parsed.success ? {} : pathErrorsFromIssues(parsed.error.issues);
        // A date input left incomplete holds an empty value: say what is expected rather than "Date invalide".
        const problems: PathErrors = shownDate === '' ? { ...found, date: t('form.dateRequired') } : found;
        setErrors(problems);
        if (!parsed.success || problems.date) {
          document.getElementById(problems.date ? DATE_ID : REASON_ID)?.focus();
          return;
        }
        onSubmit({ status: target, date: shownDate, reason: parsed.data.reason });
      }}
    >
      <TextField
        id={DATE_ID}
        name="date"
        type="date"
        label={target ? t(`deliberationPage.dateLabels.${target}`) : ''}
        required
        value={shownDate}
        error={shown.date}
        onValueChange={setDate}
      />
      {ends && (
        <TextareaField
          id={REASON_ID}
          name="reason"
          label={t('deliberationPage.endReason')}
          hint={t(`deliberationPage.endReasonHints.${target}`)}
          required
          rows={3}
          maxLength={1000}
          value={reason}
          error={shown.reason}
          onValueChange={setReason}
        />
      )}
    </FormDialog>
  );
}
