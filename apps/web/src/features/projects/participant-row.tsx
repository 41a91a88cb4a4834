import { useTranslation } from 'react-i18next';
import type { ParticipationStatus, ProjectDetailsFragment } from '../../graphql/generated/graphql';
import { Badge, type BadgeTone } from '../../ui/badge';
import { YearAmountsList } from './year-amounts-list';

export type Participant = ProjectDetailsFragment['participants'][number];

const STATUS_TONES: Record<ParticipationStatus, BadgeTone> = { ACTIVE: 'success', INVITED: 'info', DECLINED: 'neutral', LEFT: 'neutral', REVOKED: 'danger' };

interface ParticipantRowProps {
  participant: Participant;
  showActions: boolean;
  onRevoke: () => void;
  onLeave: () => void;
  onEditContribution: () => void;
}

/** One collectivité of the project; its buttons are those the server allows the person (canRevoke, canLeave…). */
export function ParticipantRow({ participant, showActions, onRevoke, onLeave, onEditContribution }: ParticipantRowProps) {
  const { t } = useTranslation();
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
      <td className="table__number">
        <YearAmountsList total={participant.contribution} entries={participant.contributions} />
      </td>
      {showActions && (
        <td>
          <div className="button-group">
            {participant.canSetContribution && (
              <button type="button" className="button button--secondary button--small" onClick={onEditContribution} aria-describedby={nameId}>
                {t('participants.editContribution')}
              </button>
            )}
            {participant.canRevoke && (
              <button type="button" className="button button--secondary button--small button--danger-outline" onClick={onRevoke} aria-describedby={nameId}>
                {t('participants.revoke')}
              </button>
            )}
            {participant.canLeave && (
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
