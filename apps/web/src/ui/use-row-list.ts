import { inputIdFor } from '../lib/path-errors';
import { useFocusRequest } from './use-focus-request';

interface RowListOptions<Row extends { key: string }> {
  formId: string;
  /** Path of the list in the form values ("team", "sdgs"…): ids and error keys derive from it. */
  path: string;
  rows: readonly Row[];
  /** `structural` is true when rows are added or removed (validation of the list as a whole). */
  onChange: (rows: Row[], structural: boolean) => void;
}

/**
 * Editing of a repeatable list of rows, with the focus where a keyboard user expects it: on the first field of
 * an added row, and on the "add" button once a row is removed (the removed row's button is gone).
 */
export function useRowList<Row extends { key: string }>({ formId, path, rows, onChange }: RowListOptions<Row>) {
  const focus = useFocusRequest();
  const groupId = inputIdFor(formId, path);
  return {
    groupId,
    update(key: string, patch: Partial<Row>): void {
      onChange(
        rows.map((row) => (row.key === key ? { ...row, ...patch } : row)),
        false,
      );
    },
    add(row: Row, firstField: keyof Row & string): void {
      onChange([...rows, row], true);
      focus(inputIdFor(formId, `${path}.${rows.length}.${firstField}`));
    },
    remove(key: string): void {
      onChange(
        rows.filter((row) => row.key !== key),
        true,
      );
      focus(`${groupId}-add`);
    },
  };
}
