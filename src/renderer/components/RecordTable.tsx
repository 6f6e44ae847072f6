import { Table, TableBody, TableCell, TableHead, TableRow, type SxProps } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A table of a record's rows (its transfers, sub-processors, …): the headings, each row drawn by
 * `children`, and a last column without a heading for the rows' buttons when the record can be
 * edited. `empty`, when given, stands instead of the table while there are no rows (`false` shows
 * nothing); without it an empty table keeps its headings.
 */
export function RecordTable<Row>({
  label,
  headings,
  editable = false,
  sx,
  rows,
  empty,
  children,
}: {
  /** The table's accessible name. */
  label: string;
  headings: readonly string[];
  editable?: boolean;
  sx?: SxProps;
  rows: readonly Row[];
  empty?: ReactNode;
  /** One row: a `TableRow` with its key. */
  children: (row: Row, index: number) => ReactNode;
}) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <Table size="small" aria-label={label} sx={sx}>
      <TableHead>
        <TableRow>
          {headings.map((heading) => (
            <TableCell key={heading}>{heading}</TableCell>
          ))}
          {editable && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>{rows.map(children)}</TableBody>
    </Table>
  );
}
