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
  onCancel: () => void;
  onSubmit: (isoDate: string) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Asks for the date of an act (signature, vote, transmission to the préfet), today by default. */
export function DateDialog({ open, title, description, dateLabel, submitLabel, busy, error, onCancel, onSubmit }: DateDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
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
      error={error}
      onCancel={() => {
        setValue(null);
        setInvalid(false);
        onCancel();
      }}
      onSubmit={() => {
        if (!ISO_DATE.test(shown)) {
          setInvalid(true);
          document.getElementById('dialog-date')?.focus();
          return;
        }
        setInvalid(false);
        onSubmit(shown);
      }}
    >
      <TextField
        id="dialog-date"
        name="date"
        type="date"
        label={dateLabel}
        required
        value={shown}
        error={invalid ? t('form.dateRequired') : undefined}
        onValueChange={setValue}
      />
    </FormDialog>
  );
}
