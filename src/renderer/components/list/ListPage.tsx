import { Badge, Box, Button, Collapse, Paper, Stack } from '@mui/material';
import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import TuneIcon from '@mui/icons-material/Tune';
import { type ReactNode, useState } from 'react';
import { useT } from '../../i18n';
import { ErrorAlert } from '../ErrorAlert';
import { PageHeader } from '../PageHeader';
import { type QuickFilter, QuickFilters } from '../QuickFilters';

/** The height a page has below the app bar (48 px) and the main area's padding (2 × 16 px). */
export const pageHeight = 'calc(100vh - 80px)';

/**
 * The frame of every list screen: the header with its actions, one-click quick filters, the
 * search and filters (the less used ones behind "More filters"), and the grid, which takes all the
 * height that is left, so a window of 1280×720 shows as many rows as it can hold.
 */
export function ListPage({
  title,
  subtitle,
  actions,
  quickFilters,
  aside,
  search,
  filters,
  moreFilters,
  moreFiltersSet = 0,
  filtered,
  onClear,
  error,
  notice,
  children,
}: {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  quickFilters?: readonly QuickFilter[];
  /** A panel between the quick filters and the list. */
  aside?: ReactNode;
  /** The search field (`SearchField`). */
  search?: ReactNode;
  filters?: ReactNode;
  /** Filters shown on request; `moreFiltersSet` says how many of them narrow the list now. */
  moreFilters?: ReactNode;
  moreFiltersSet?: number;
  filtered: boolean;
  onClear: () => void;
  error?: unknown;
  /** A line above the grid (e.g. that the count is capped). */
  notice?: ReactNode;
  /** The grid (`ListGrid`). */
  children: ReactNode;
}) {
  const t = useT('components');
  const [more, setMore] = useState(moreFiltersSet > 0);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: pageHeight, minHeight: 540 }}>
      <PageHeader title={title} subtitle={subtitle} actions={actions} compact />
      {quickFilters && quickFilters.length > 0 && <QuickFilters items={quickFilters} />}
      {aside}
      <ErrorAlert error={error} />
      <Paper
        variant="outlined"
        sx={{ p: 1.5, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Stack
          direction="row"
          spacing={1.5}
          useFlexGap
          flexWrap="wrap"
          alignItems="center"
          sx={{ mb: 1 }}
          role="search"
        >
          {search}
          {filters}
          {moreFilters && (
            <Button
              startIcon={
                <Badge badgeContent={moreFiltersSet} color="primary">
                  <TuneIcon />
                </Badge>
              }
              aria-expanded={more}
              onClick={() => setMore((open) => !open)}
            >
              {more ? t('fewerFilters') : t('moreFilters')}
            </Button>
          )}
          <Button startIcon={<FilterAltOffOutlinedIcon />} disabled={!filtered} onClick={onClear}>
            {t('clearFilters')}
          </Button>
        </Stack>
        {moreFilters && (
          <Collapse in={more} unmountOnExit>
            <Stack
              direction="row"
              spacing={1.5}
              useFlexGap
              flexWrap="wrap"
              sx={{ mb: 1 }}
              role="group"
              aria-label={t('moreFilters')}
            >
              {moreFilters}
            </Stack>
          </Collapse>
        )}
        {notice}
        {children}
      </Paper>
    </Box>
  );
}
