import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../lib/format-amount';
import type { YearAmount } from './year-amount-rows';

interface YearAmountsListProps {
  total: string | null | undefined;
  entries: readonly YearAmount[];
}

/** A contribution as read: its total, then the amount of each year ("2026 : 10 000,00 €"). */
export function YearAmountsList({ total, entries }: YearAmountsListProps) {
  const { t, i18n } = useTranslation();
  if (!total) return <span className="table__muted">—</span>;
  return (
    <>
      <span className="year-amounts__total">{formatAmount(total, i18n.language)}</span>
      {entries.length > 0 && (
        <ul className="plain-list year-amounts" aria-label={t('contributions.byYear')}>
          {[...entries]
            .sort((a, b) => a.year - b.year)
            .map((entry) => (
              <li key={entry.year}>{t('contributions.yearAmount', { year: entry.year, amount: formatAmount(entry.amount, i18n.language) })}</li>
            ))}
        </ul>
      )}
    </>
  );
}
