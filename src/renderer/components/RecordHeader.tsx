import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * The head of a record's page (`RecordPage`): what it is and its number above, its title as the page's heading,
 * its chips (state and the like) below, and the actions on the record at the right.
 */
export function RecordHeader({
  overline,
  title,
  chips,
  actions,
}: {
  overline?: ReactNode;
  title: ReactNode;
  chips?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Stack direction="row" justifyContent="space-between" alignItems="flex-start" spacing={2} sx={{ mb: 2 }}>
      <Box sx={{ minWidth: 0 }}>
        {overline && (
          <Typography variant="overline" color="text.secondary">
            {overline}
          </Typography>
        )}
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {chips && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} useFlexGap flexWrap="wrap" alignItems="center">
            {chips}
          </Stack>
        )}
      </Box>
      {actions && (
        <Stack direction="row" spacing={1} alignItems="center" sx={{ flexShrink: 0 }}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}
