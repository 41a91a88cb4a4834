import { OVERRIDE_REASON_MIN_LENGTH } from '@passerelles/domain/project-lifecycle';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../graphql/generated/graphql';
import { FormDialog } from '../../ui/form-dialog';
import { TextareaField } from '../../ui/textarea-field';

interface ProjectOverrideDialogProps {
  /** The refused move and the API's explanation; null when the dialog is closed. */
  target: { status: ProjectStatus; explanation: string } | null;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** Asks for the reason of an override (kept in the status history and the audit journal). */
export function ProjectOverrideDialog({ target, busy, error, onCancel, onSubmit }: ProjectOverrideDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const status = target ? t(`enums.projectStatus.${target.status}`) : '';

  return (
    <FormDialog
      open={target !== null}
      title={t('lifecycle.overrideTitle', { status })}
      description={<p>{target?.explanation}</p>}
      submitLabel={t('lifecycle.overrideSubmit', { status })}
      cancelLabel={t('common.cancel')}
      busy={busy}
      error={error}
      onCancel={() => {
        setReason('');
        setTooShort(false);
        onCancel();
      }}
      onSubmit={() => {
        if (reason.trim().length < OVERRIDE_REASON_MIN_LENGTH) {
          setTooShort(true);
          // Back to the field, whose message is then read with it.
          document.getElementById('override-reason')?.focus();
          return;
        }
        setTooShort(false);
        onSubmit(reason.trim());
      }}
    >
      <TextareaField
        id="override-reason"
        name="overrideReason"
        label={t('lifecycle.overrideReason')}
        hint={t('lifecycle.overrideHint', { count: OVERRIDE_REASON_MIN_LENGTH })}
        required
        value={reason}
        error={tooShort ? t('lifecycle.overrideTooShort', { count: OVERRIDE_REASON_MIN_LENGTH }) : undefined}
        onValueChange={setReason}
      />
    </FormDialog>
  );
}
