import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../lib/format-amount';
import { inputIdFor, type PathErrors } from '../../lib/path-errors';
import { RepeatableGroup } from '../../ui/repeatable-group';
import { RepeatableRow } from '../../ui/repeatable-row';
import { TextField } from '../../ui/text-field';
import { useRowList } from '../../ui/use-row-list';
import { CONTRIBUTIONS_PATH, newYearAmountKey, nextYear, yearAmountsTotal, type YearAmountRow } from './year-amount-rows';

interface YearAmountsEditorProps {
  formId: string;
  legend: string;
  hint?: string;
  rows: readonly YearAmountRow[];
  errors: PathErrors;
  onChange: (rows: YearAmountRow[], structural: boolean) => void;
}

/**
 * A contribution per budget year: add a year, change an amount, remove a year. The total is shown, and announced,
 * as the amounts are typed.
 */
export function YearAmountsEditor({ formId, legend, hint, rows, errors, onChange }: YearAmountsEditorProps) {
  const { t, i18n } = useTranslation();
  const list = useRowList<YearAmountRow>({ formId, path: CONTRIBUTIONS_PATH, rows, onChange });

  return (
    <RepeatableGroup
      id={list.groupId}
      legend={legend}
      hint={hint}
      error={errors[CONTRIBUTIONS_PATH]}
      isEmpty={rows.length === 0}
      emptyText={t('contributions.empty')}
      addLabel={t('contributions.addYear')}
      onAdd={() => {
        // The year is proposed: the amount is what the person types next.
        list.add({ key: newYearAmountKey(), year: nextYear(rows), amount: '' }, 'year');
      }}
    >
      {rows.map((row, index) => {
        const base = `${CONTRIBUTIONS_PATH}.${index}`;
        return (
          <RepeatableRow
            key={row.key}
            legend={row.year ? t('contributions.yearN', { year: row.year }) : t('contributions.rowN', { n: index + 1 })}
            removeLabel={t('contributions.removeYear', { year: row.year || index + 1 })}
            layout="year"
            onRemove={() => {
              list.remove(row.key);
            }}
          >
            <TextField
              id={inputIdFor(formId, `${base}.year`)}
              name={`${base}.year`}
              label={t('contributions.year')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              value={row.year}
              error={errors[`${base}.year`]}
              onValueChange={(value) => list.update(row.key, { year: value })}
            />
            <TextField
              id={inputIdFor(formId, `${base}.amount`)}
              name={`${base}.amount`}
              label={t('contributions.amount')}
              inputMode="decimal"
              autoComplete="off"
              value={row.amount}
              error={errors[`${base}.amount`]}
              onValueChange={(value) => list.update(row.key, { amount: value })}
            />
          </RepeatableRow>
        );
      })}
      {/* Always in the page: a live region announces only the changes made to a region that already existed. */}
      <p className="running-total" role="status" aria-live="polite">
        {rows.length > 0 ? t('contributions.total', { total: formatAmount(yearAmountsTotal(rows), i18n.language) }) : ''}
      </p>
    </RepeatableGroup>
  );
}
