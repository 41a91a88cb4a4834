import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../graphql/generated/graphql';
import { formatDateTime } from '../../lib/format-date';

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

export function AuditEventRow({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  // Entities and actions are open-ended strings on the API side: an unknown one is shown as it comes.
  const entity = t(`audit.entities.${event.entity}`, { defaultValue: event.entity });
  const action = t(`audit.actions.${event.action}`, { defaultValue: event.action });
  const person = event.actorName ?? (event.actorId ? t('audit.formerMember') : t('audit.system'));

  return (
    <tr>
      <td>
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
      </td>
      <td>{person}</td>
      <td>{entity}</td>
      <td>{action}</td>
    </tr>
  );
}
