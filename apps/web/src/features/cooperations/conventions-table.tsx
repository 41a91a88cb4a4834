import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConventionFieldsFragment } from '../../graphql/generated/graphql';
import { formatCalendarDate } from '../../lib/format-date';
import { ConventionValidityBadge } from './convention-validity-badge';

interface ConventionsTableProps {
  conventions: readonly ConventionFieldsFragment[];
  caption: string;
  /** The coopération column, for lists that mix several coopérations. */
  showCooperation?: boolean;
}

export function ConventionsTable({ conventions, caption, showCooperation = false }: ConventionsTableProps) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  return (
    <div className="table-wrapper" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conventions.conventionTitle')}</th>
            {showCooperation && <th scope="col">{t('conventions.cooperation')}</th>}
            <th scope="col">{t('conventions.kind')}</th>
            <th scope="col">{t('conventions.period')}</th>
            <th scope="col">{t('conventions.validity')}</th>
            <th scope="col">{t('conventions.prefecture')}</th>
          </tr>
        </thead>
        <tbody>
          {conventions.map((convention) => (
            <tr key={convention.id}>
              <th scope="row" className="table__name">
                <Link to={`/conventions/${convention.id}`}>{convention.title}</Link>
                {convention.reference && <span className="table__muted"> — {convention.reference}</span>}
              </th>
              {showCooperation && (
                <td>
                  <Link to={`/cooperations/${convention.cooperationId}`}>{convention.cooperationName}</Link>
                </td>
              )}
              <td>{t('conventions.kindVersion', { kind: t(`enums.conventionKind.${convention.kind}`), version: convention.versionNumber })}</td>
              <td>{t('common.period', { start: date(convention.startsOn), end: date(convention.endsOn) })}</td>
              <td>
                <ConventionValidityBadge validity={convention.validity} daysLeft={convention.daysLeft} />
              </td>
              <td>{convention.prefectureTransmittedOn ? date(convention.prefectureTransmittedOn) : <span className="table__muted">{t('conventions.notTransmitted')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
