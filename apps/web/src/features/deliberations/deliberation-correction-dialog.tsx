import { CORRECTION_REASON_MIN_LENGTH, DELIBERATION_DATE_FIELDS, correctDeliberationDateSchema } from '@passerelles/shared/schemas/deliberation.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationDateField, DeliberationFieldsFragment } from '../../graphql/generated/graphql';
import { formatCalendarDate } from '../../lib/format-date';
import { pathErrorsFromIssues, type PathErrors } from '../../lib/path-errors';
import { FormDialog } from '../../ui/form-dialog';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { TextareaField } from '../../ui/textarea-field';

export interface DeliberationCorrection {
  field: DeliberationDateField;
  date: string;
  reason: string;
}

interface DeliberationCorrectionDialogProps {
  open: boolean;
  deliberation: DeliberationFieldsFragment;
  busy: boolean;
  error: string | null;
  fieldErrors: PathErrors;
  onCancel: () => void;
  onSubmit: (correction: DeliberationCorrection) => void;
}

const FIELD_ID = 'deliberation-correction-field';
const DATE_ID = 'deliberation-correction-date';
const REASON_ID = 'deliberation-correction-reason';
const IDS: Record<string, string> = { field: FIELD_ID, date: DATE_ID, reason: REASON_ID };

/**
 * A date recorded by mistake is corrected in the open: which date, the right one, and why (the audit journal
 * keeps the reason). Only a date already recorded can be corrected; the session date can always be set.
 */
export function DeliberationCorrectionDialog({ open, deliberation, busy, error, fieldErrors, onCancel, onSubmit }: DeliberationCorrectionDialogProps) {
  const { t, i18n } = useTranslation();
  const [field, setField] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<PathErrors>({});
  const recorded = (name: DeliberationDateField) => deliberation[name] ?? null;
  const choices = DELIBERATION_DATE_FIELDS.filter((name) => name === 'sessionDate' || recorded(name) !== null);
  // The date recorded for the chosen field, until the person types another one.
  const shownDate = date ?? (field ? (recorded(field as DeliberationDateField) ?? '') : '');
  const shown = { ...fieldErrors, ...errors };

  return (
    <FormDialog
      open={open}
      title={t('deliberationPage.correctTitle', { number: deliberation.number })}
      description={<p>{t('deliberationPage.correctText')}</p>}
      submitLabel={t('deliberationPage.correctSubmit')}
      cancelLabel={t('common.cancel')}
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        const parsed = correctDeliberationDateSchema.safeParse({ deliberationId: deliberation.id, field: field || undefined, date: shownDate || undefined, reason });
        if (!parsed.success) {
          const found = pathErrorsFromIssues(parsed.error.issues);
          const problems: PathErrors = { ...found, ...(found.date && shownDate === '' ? { date: t('form.dateRequired') } : {}) };
          setErrors(problems);
          const first = ['field', 'date', 'reason'].find((name) => problems[name]);
          if (first) document.getElementById(IDS[first]!)?.focus();
          return;
        }
        setErrors({});
        onSubmit({ field: parsed.data.field, date: parsed.data.date, reason: parsed.data.reason });
      }}
    >
      <SelectField
        id={FIELD_ID}
        name="field"
        label={t('deliberationPage.correctField')}
        placeholder={t('form.choose')}
        options={choices.map((name) => {
          const value = recorded(name);
          const label = t(`deliberationPage.dateFields.${name}`);
          return { value: name, label: value ? t('deliberationPage.correctFieldOption', { label, date: formatCalendarDate(value, i18n.language) }) : label };
        })}
        required
        value={field}
        error={shown.field}
        onValueChange={(value) => {
          setField(value);
          setDate(null);
        }}
      />
      <TextField id={DATE_ID} name="date" type="date" label={t('deliberationPage.correctDate')} required value={shownDate} error={shown.date} onValueChange={setDate} />
      <TextareaField
        id={REASON_ID}
        name="reason"
        label={t('deliberationPage.correctReason')}
        hint={t('deliberationPage.correctReasonHint', { count: CORRECTION_REASON_MIN_LENGTH })}
        required
        rows={3}
        maxLength={1000}
        value={reason}
        error={shown.reason}
        onValueChange={setReason}
      />
    </FormDialog>
  );
}
