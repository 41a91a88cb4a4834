import { organisationContactSchema } from '@passerelles/shared/schemas/organisation.schemas';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrganisationContactInput, OrganisationFieldsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { useFormState } from '../../lib/use-form-state';
import { FormDialog } from '../../ui/form-dialog';
import { TextField } from '../../ui/text-field';
import { AddOrganisationContactMutation, UpdateOrganisationContactMutation } from './directory.operations';

export type Contact = OrganisationFieldsFragment['contacts'][number];

const FIELDS = ['name', 'position', 'email', 'phone'] as const;
type Field = (typeof FIELDS)[number];

interface ContactDialogProps {
  open: boolean;
  organisationId: string;
  /** null to add a contact. */
  contact: Contact | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Mounted anew (by key) for each opening, so that it starts from the contact's values. */
export function ContactDialog({ open, organisationId, contact, onClose, onSaved }: ContactDialogProps) {
  const { t } = useTranslation();
  const form = useFormState(
    organisationContactSchema,
    FIELDS,
    { name: contact?.name ?? '', position: contact?.position ?? '', email: contact?.email ?? '', phone: contact?.phone ?? '' },
    t('form.requiredField'),
  );
  const save = useMutation({
    mutationFn: async (input: OrganisationContactInput) =>
      contact ? (await request(UpdateOrganisationContactMutation, { id: contact.id, input })).updateOrganisationContact : (await request(AddOrganisationContactMutation, { organisationId, input })).addOrganisationContact,
    onSuccess: (saved) => onSaved(saved.name),
    onError: form.showApiError,
  });
  const labels: Record<Field, string> = { name: t('contacts.name'), position: t('contacts.position'), email: t('contacts.email'), phone: t('contacts.phone') };
  const fieldProps = (field: Field) => ({
    id: `contact-${field}`,
    name: field,
    label: labels[field],
    value: form.values[field],
    error: form.errors[field],
    onValueChange: (value: string) => form.setValue(field, value),
    onBlur: () => form.validateField(field),
  });

  return (
    <FormDialog
      open={open}
      title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.addTitle')}
      submitLabel={contact ? t('common.saveChanges') : t('contacts.add')}
      cancelLabel={t('common.cancel')}
      busy={save.isPending}
      error={save.isError ? apiErrorMessage(save.error, t) : null}
      onCancel={onClose}
      onSubmit={() => {
        save.reset();
        const input = form.validate();
        if (input) save.mutate(input);
        else document.querySelector<HTMLElement>('[id^="contact-"][aria-invalid="true"]')?.focus();
      }}
    >
      <TextField {...fieldProps('name')} required autoComplete="off" />
      <TextField {...fieldProps('position')} hint={t('form.optional')} autoComplete="off" />
      <TextField {...fieldProps('email')} type="email" hint={t('form.optional')} autoComplete="off" />
      <TextField {...fieldProps('phone')} type="tel" hint={t('form.optional')} autoComplete="off" />
    </FormDialog>
  );
}
