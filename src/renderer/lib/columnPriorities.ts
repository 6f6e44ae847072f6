/** What a list knows of a column to decide whether it fits. */
export interface PrioritisedColumn {
  field: string;
  /** The width it takes (a flexible column: its minimum width). */
  width: number;
  /**
   * Which columns give way first when the grid is narrow: the highest number hides first; none (or
   * 0) never hides by itself. The key columns of a list have none.
   */
  priority?: number;
}

/**
 * The columns to hide so that the rest fit in `available` pixels: the highest priority number first,
 * and of equal priority the one further right. A column the person chose to show or hide (`chosen`)
 * is left as chosen; what is shown by choice still takes its width.
 */
export function columnsToHide(
  columns: readonly PrioritisedColumn[],
  available: number,
  chosen: Readonly<Record<string, boolean>> = {},
): Set<string> {
  const hidden = new Set(
    columns.filter((column) => chosen[column.field] === false).map((column) => column.field),
  );
  let used = columns
    .filter((column) => !hidden.has(column.field))
    .reduce((sum, column) => sum + column.width, 0);
  const candidates = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => (column.priority ?? 0) > 0 && chosen[column.field] === undefined)
    .sort((a, b) => (b.column.priority ?? 0) - (a.column.priority ?? 0) || b.index - a.index);
  for (const { column } of candidates) {
    if (used <= available) break;
    hidden.add(column.field);
    used -= column.width;
  }
  return hidden;
}
