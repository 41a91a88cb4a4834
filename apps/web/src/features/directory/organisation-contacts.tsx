import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationFieldsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/graphql-client';
import { apiErrorMessage } from '../../lib/api-error-message';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { StatusMessage } from '../../ui/status-message';
import { useFocusRequest } from '../../ui/use-focus-request';
import { ContactDialog, type Contact } from './contact-dialog';
import { organisationQueryKey } from './directory-query-keys';
import { RemoveOrganisationContactMutation } from './directory.operations';

interface OrganisationContactsProps {
  organisation: OrganisationFieldsFragment;
  canEdit: boolean;
}

interface EditorState {
  /** Changes at each opening: the dialog is mounted anew with the contact's values. */
  serial: number;
  open: boolean;
  contact: Contact | null;
}

export function OrganisationContacts({ organisation, canEdit }: OrganisationContactsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const focus = useFocusRequest();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [editor, setEditor] = useState<EditorState>({ serial: 0, open: false, contact: null });
  const [toRemove, setToRemove] = useState<Contact | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: organisationQueryKey(organisation.id) });
  const remove = useMutation({
    mutationFn: (id: string) => request(RemoveOrganisationContactMutation, { id }),
    onSuccess: async () => {
      setAnnouncement(t('contacts.removed', { name: toRemove?.name ?? '' }));
      setToRemove(null);
      // The removed contact's row is gone: focus goes to the section's heading.
      focus('contacts-title');
      await refresh();
    },
  });
  const openEditor = (contact: Contact | null) => setEditor((previous) => ({ serial: previous.serial + 1, open: true, contact }));

  return (
    <section className="section" aria-labelledby="contacts-title">
      <div className="section-header">
        <h2 id="contacts-title" tabIndex={-1} className="section__title">
          {t('contacts.title')}
        </h2>
        {canEdit && (
          <button type="button" className="button button--secondary" onClick={() => openEditor(null)}>
            {t('contacts.add')}
          </button>
        )}
      </div>
      <StatusMessage message={announcement} />
      {organisation.contacts.length === 0 ? (
        <p className="empty-state empty-state--compact">{t('contacts.empty')}</p>
      ) : (
        <div className="table-wrapper" role="region" aria-label={t('contacts.caption', { name: organisation.name })} tabIndex={0}>
          <table className="table">
            <caption className="sr-only">{t('contacts.caption', { name: organisation.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.name')}</th>
                <th scope="col">{t('contacts.position')}</th>
                <th scope="col">{t('contacts.email')}</th>
                <th scope="col">{t('contacts.phone')}</th>
                {canEdit && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {organisation.contacts.map((contact) => (
                <tr key={contact.id}>
                  <th scope="row" id={`contact-row-${contact.id}`} className="table__name">
                    {contact.name}
                  </th>
                  <td>{contact.position ?? <span className="table__muted">—</span>}</td>
                  <td className="table__email">{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : <span className="table__muted">—</span>}</td>
                  <td>{contact.phone ?? <span className="table__muted">—</span>}</td>
                  {canEdit && (
                    <td>
                      <div className="button-group">
                        <button type="button" className="button button--secondary button--small" aria-describedby={`contact-row-${contact.id}`} onClick={() => openEditor(contact)}>
                          {t('common.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button--secondary button--small button--danger-outline"
                          aria-describedby={`contact-row-${contact.id}`}
                          onClick={() => setToRemove(contact)}
                        >
                          {t('common.remove')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <ContactDialog
          key={editor.serial}
          open={editor.open}
          organisationId={organisation.id}
          contact={editor.contact}
          onClose={() => setEditor((previous) => ({ ...previous, open: false }))}
          onSaved={async (name) => {
            setAnnouncement(t(editor.contact ? 'contacts.updated' : 'contacts.added', { name }));
            setEditor((previous) => ({ ...previous, open: false }));
            await refresh();
          }}
        />
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title={t('contacts.removeTitle', { name: toRemove?.name ?? '' })}
        confirmLabel={t('common.remove')}
        cancelLabel={t('common.cancel')}
        busy={remove.isPending}
        onCancel={() => {
          remove.reset();
          setToRemove(null);
        }}
        onConfirm={() => {
          if (toRemove) remove.mutate(toRemove.id);
        }}
      >
        <p>{t('contacts.removeText', { organisation: organisation.name })}</p>
        {remove.isError && (
          <p className="field__error" role="alert">
            {apiErrorMessage(remove.error, t)}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
