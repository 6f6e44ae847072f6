import { Box, Card, CardContent, CardHeader, Grid, type GridProps, Typography } from '@mui/material';
import { cardTitleProps } from './cardTitle';
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

/**
 * A card of a record's overview in its grid cell (`size`, as `Grid`'s), as tall as its row, with
 * its title (and subheader) as a level-2 heading.
 */
export function FactCard({
  title,
  subheader,
  size,
  children,
}: {
  title: string;
  subheader?: string;
  size: GridProps['size'];
  children: ReactNode;
}) {
  return (
    <Grid size={size}>
      <Card sx={{ height: '100%' }}>
        <CardHeader title={title} subheader={subheader} slotProps={cardTitleProps} />
        <CardContent sx={{ pt: 0 }}>{children}</CardContent>
      </Card>
    </Grid>
  );
}
