import { useTranslation } from 'react-i18next';
import type { ParticipationStatus, ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { formatAmount } from '../../lib/format-amount';
import { Badge, type BadgeTone } from '../../ui/badge';

export type Participant = ProjectDetailsFragment['participants'][number];

const STATUS_TONES: Record<ParticipationStatus, BadgeTone> = { ACTIVE: 'success', INVITED: 'info', DECLINED: 'neutral', LEFT: 'neutral', REVOKED: 'danger' };

interface ParticipantRowProps {
  participant: Participant;
  showActions: boolean;
  onRevoke?: () => void;
  onLeave?: () => void;
  onEditContribution?: () => void;
}

export function ParticipantRow({ participant, showActions, onRevoke, onLeave, onEditContribution }: ParticipantRowProps) {
  const { t, i18n } = useTranslation();
  const nameId = `participant-${participant.id}-name`;
  return (
    <tr>
      <th scope="row" id={nameId} className="table__name">
        {participant.collectivityName}
        {participant.isCurrentCollectivity && <span className="table__muted"> {t('participants.you')}</span>}
      </th>
      <td>{t(`enums.participationRole.${participant.role}`)}</td>
      <td>
        <Badge tone={STATUS_TONES[participant.status]}>{t(`enums.participationStatus.${participant.status}`)}</Badge>
      </td>
      <td className="table__number">{participant.contribution ? formatAmount(participant.contribution, i18n.language) : <span className="table__muted">—</span>}</td>
      {showActions && (
        <td>
          <div className="button-group">
            {onEditContribution && (
              <button type="button" className="button button--secondary button--small" onClick={onEditContribution} aria-describedby={nameId}>
                {t('participants.editContribution')}
              </button>
            )}
            {onRevoke && (
              <button type="button" className="button button--secondary button--small button--danger-outline" onClick={onRevoke} aria-describedby={nameId}>
                {t('participants.revoke')}
              </button>
            )}
            {onLeave && (
              <button type="button" className="button button--secondary button--small button--danger-outline" onClick={onLeave}>
                {t('participants.leave')}
              </button>
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
