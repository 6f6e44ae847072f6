import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * One fact of a record in its card: the label small above, the value below, a dash when there is
 * none. `keepLines` keeps the line breaks typed into the value.
 */
export function Fact({
  label,
  children,
  keepLines,
}: {
  label: string;
  children: ReactNode;
  keepLines?: boolean;
}) {
  const none = children === null || children === undefined || children === '' || children === false;
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={keepLines ? { whiteSpace: 'pre-wrap' } : undefined}>
        {none ? '—' : children}
      </Typography>
    </Box>
  );
}
