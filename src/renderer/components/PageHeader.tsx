import { Box, Stack, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  subtitle,
  actions,
  compact,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** One line of subtitle, cut with an ellipsis (the whole of it in a tooltip): list screens need the height. */
  compact?: boolean;
}) {
  const line = compact && typeof subtitle === 'string';
  return (
    <Stack
      direction="row"
      alignItems="flex-start"
      justifyContent="space-between"
      spacing={2}
      sx={{ mb: compact ? 1.5 : 2 }}
    >
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {subtitle &&
          (line ? (
            <Tooltip title={subtitle} placement="bottom-start">
              <Typography variant="body2" color="text.secondary" noWrap sx={{ mt: 0.5, maxWidth: 900 }}>
                {subtitle}
              </Typography>
            </Tooltip>
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 760 }}>
              {subtitle}
            </Typography>
          ))}
      </Box>
      {actions && (
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}
