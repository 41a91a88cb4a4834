import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../lib/format-date';
import { FormDialog } from './form-dialog';
import { TextField } from './text-field';

interface DateDialogProps {
  open: boolean;
  title: string;
  description?: string;
  dateLabel: string;
  submitLabel: string;
  busy: boolean;
  /** The API's refusal, if any. */
  error: string | null;
  /**
   * The rules of the act (libs/shared's schema for it), checked before sending: a problem on the date shows under
   * the field, another one (a missing amount elsewhere in the record) above the buttons.
   */
  validate?: (isoDate: string) => { date?: string; form?: string } | null;
  onCancel: () => void;
  onSubmit: (isoDate: string) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Asks for the date of an act (signature, vote, transmission to the préfet), today by default. */
export function DateDialog({ open, title, description, dateLabel, submitLabel, busy, error, validate, onCancel, onSubmit }: DateDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ date?: string; form?: string } | null>(null);
  // Today until the person changes it; computed when the dialog shows, not when the page was loaded.
  const shown = value ?? (open ? todayIsoDate() : '');

  return (
    <FormDialog
      open={open}
      title={title}
      description={description ? <p>{description}</p> : undefined}
      submitLabel={submitLabel}
      cancelLabel={t('common.cancel')}
      busy={busy}
      error={problem?.form ?? error}
      onCancel={() => {
        setValue(null);
        setProblem(null);
        onCancel();
      }}
      onSubmit={() => {
        const found = ISO_DATE.test(shown) ? (validate?.(shown) ?? null) : { date: t('form.dateRequired') };
        setProblem(found);
        if (found?.date) {
          document.getElementById('dialog-date')?.focus();
          return;
        }
        if (!found) onSubmit(shown);
      }}
    >
      <TextField
        id="dialog-date"
        name="date"
        type="date"
        label={dateLabel}
        required
        value={shown}
        error={problem?.date}
        onValueChange={setValue}
      />
    </FormDialog>
  );
}
