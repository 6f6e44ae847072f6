import { Table, TableBody, TableCell, TableHead, TableRow, type SxProps } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A table of a record's rows (its transfers, sub-processors, …): the headings, and a last column
 * without one for the rows' buttons when the record can be edited.
 */
export function RecordTable({
  label,
  headings,
  editable = false,
  sx,
  children,
}: {
  /** The table's accessible name. */
  label: string;
  headings: readonly string[];
  editable?: boolean;
  sx?: SxProps;
  children: ReactNode;
}) {
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
      <TableBody>{children}</TableBody>
    </Table>
  );
}
