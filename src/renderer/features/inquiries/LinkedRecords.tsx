import { Alert, Link } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/**
 * The cases (or breaches) an inquiry is linked to, one a line: the word, the number (a link for
 * those who may open the record) and what `tail` says of it.
 */
export function LinkedRecords<R extends { id: number; number: string }>({
  label,
  word,
  path,
  canOpen,
  records,
  tail,
}: {
  label: string;
  word: string;
  path: string;
  canOpen: boolean;
  records: readonly R[];
  tail: (record: R) => ReactNode;
}) {
  return (
    <Alert severity="info" sx={{ mb: 2 }} aria-label={label}>
      {records.map((record) => (
        <div key={record.id}>
          {word}{' '}
          {canOpen ? (
            <Link component={RouterLink} to={`${path}/${record.id}`}>
              {record.number}
            </Link>
          ) : (
            <strong>{record.number}</strong>
          )}
          {tail(record)}
        </div>
      ))}
    </Alert>
  );
}
