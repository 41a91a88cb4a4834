import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../graphql/generated/graphql';
import { auditChanges, auditValueText } from '../../lib/audit-changes';
import { formatDateTime } from '../../lib/format-date';

type AuditEvent = Pick<AuditEventsQuery['auditEvents']['edges'][number]['node'], 'occurredAt' | 'actorId' | 'actorName' | 'entity' | 'action' | 'before' | 'after'>;

export function AuditEventRow({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  // Entities and actions are open-ended strings on the API side: an unknown one is shown as it comes.
  const entity = t(`audit.entities.${event.entity}`, { defaultValue: event.entity });
  const action = t(`audit.actions.${event.action}`, { defaultValue: event.action });
  const person = event.actorName ?? (event.actorId ? t('audit.formerMember') : t('audit.system'));
  const changes = auditChanges(event.before, event.after);
  const value = (raw: unknown) => auditValueText(raw, t('audit.yes'), t('audit.no'));

  return (
    <tr>
      <td>
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
      </td>
      <td>{person}</td>
      <td>{entity}</td>
      <td>{action}</td>
      <td>
        {changes.length === 0 ? (
          '—'
        ) : (
          <details className="audit-changes">
            <summary>{t('audit.changesCount', { count: changes.length })}</summary>
            <ul>
              {changes.map((change) => (
                <li key={change.field}>
                  <span className="audit-changes__field">{t(`audit.fields.${change.field}`, { defaultValue: change.field })}</span> :{' '}
                  {event.before ? (
                    <>
                      <del>{value(change.before)}</del> → <ins>{value(change.after)}</ins>
                    </>
                  ) : (
                    value(change.after)
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
