import { Box, Button, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import AllInclusiveIcon from '@mui/icons-material/AllInclusive';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import MedicalInformationOutlinedIcon from '@mui/icons-material/MedicalInformationOutlined';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { type ReactElement, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  breachClockFilters,
  type BreachClockFilter,
  type BreachListInput,
  breachListStates,
  type BreachListState,
  breachRiskFilters,
  type BreachSummary,
} from '../../../shared/breaches/contract';
import { breachCapacities, riskShortLabels } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { QuickFilters } from '../../components/QuickFilters';
import { saveFile } from '../../lib/download';
import { gridAddress, rowLinks } from '../../lib/gridAddress';
import { useSearchState } from '../../lib/useSearchState';
import { CalendarDateField } from '../cases/caseUi';
import { ClockChip, RiskChip, StateChip, useCoreNow } from './breachUi';
import { useBreachCountsQuery, useBreachesQuery, useExportBreachesMutation } from './breachesApi';
import { NewBreachDialog } from './NewBreachDialog';

const filterKeys = [
  'state',
  'risk',
  'capacity',
  'clock',
  'from',
  'to',
  'q',
  'sort',
  'dir',
  'page',
  'size',
] as const;

const stateLabels: Record<BreachListState, string> = {
  open: 'Open',
  reported: 'Awaiting assessment',
  assessed: 'Assessed, being handled',
  closed: 'Closed',
  all: 'All breaches',
};
const clockLabels: Record<BreachClockFilter, string> = {
  running: 'Clock running (overdue too)',
  overdue: 'Overdue',
  stopped: 'No clock running',
};

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

const breachSorts = ['number', 'title', 'awareAt', 'risk', 'nextDueAt'] as const satisfies ReadonlyArray<
  NonNullable<BreachListInput['sort']>
>;

/** The clock a row shows: the most pressing running one, or how the last one ended. */
function shownClock(row: BreachSummary) {
  return (
    row.nextClock ??
    row.clocks.find((clock) => clock.status === 'late') ??
    row.clocks.find((clock) => clock.party === 'authority') ??
    row.clocks[row.clocks.length - 1] ??
    null
  );
}

export function BreachesPage() {
  const navigate = useNavigate();
  const dispatch = useAppDispatch();
  const [filters, setFilters] = useSearchState(filterKeys);
  const [creating, setCreating] = useState(false);
  const { data: counts } = useBreachCountsQuery({});
  const now = useCoreNow(counts?.now);
  const [exportBreaches, { isLoading: exporting }] = useExportBreachesMutation();

  const state = oneOf(breachListStates, filters.state) ?? 'open';
  const grid = gridAddress(filters, setFilters, {
    sorts: breachSorts,
    columnOf: { nextDueAt: 'nextClock' },
    defaultSort: 'awareAt',
    defaultDirection: 'desc',
  });
  const { sort, direction } = grid;
  const filter = {
    state,
    risk: oneOf(breachRiskFilters, filters.risk),
    capacity: oneOf(breachCapacities, filters.capacity),
    clock: oneOf(breachClockFilters, filters.clock),
    from: filters.from,
    to: filters.to,
    q: filters.q,
  } satisfies Partial<BreachListInput>;
  const { data, isFetching, error } = useBreachesQuery({
    ...filter,
    sort,
    direction,
    page: grid.page,
    pageSize: grid.pageSize,
  });
  const setFilter = (patch: Parameters<typeof setFilters>[0]) => setFilters({ ...patch, page: null });
  const filtered = Object.keys(filters).some(
    (key) => !['sort', 'dir', 'page', 'size', 'state'].includes(key),
  );

  const columns = useMemo<GridColDef<BreachSummary>[]>(
    () => [
      { field: 'number', headerName: 'Breach', width: 124 },
      {
        field: 'title',
        headerName: 'What happened',
        flex: 1,
        minWidth: 220,
        renderCell: ({ row }) => (
          <Box sx={{ lineHeight: 1.3, py: 0.75, minWidth: 0 }}>
            <Typography variant="body2" sx={{ whiteSpace: 'normal' }}>
              {row.title}
              {row.specialCategories && (
                <Tooltip title="Special categories of data (Art. 9 or 10)">
                  <MedicalInformationOutlinedIcon
                    fontSize="inherit"
                    color="error"
                    sx={{ ml: 0.5, verticalAlign: 'middle' }}
                    aria-label="Special categories"
                  />
                </Tooltip>
              )}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {row.capacity === 'processor'
                ? `Processor for ${row.customerNames.join(', ') || 'customers'}`
                : row.capacity === 'both'
                  ? `Ours and ${row.customerNames.join(', ') || 'customers'}’`
                  : 'Controller: our own processing'}
            </Typography>
          </Box>
        ),
      },
      {
        field: 'awareAt',
        headerName: 'Became aware',
        width: 140,
        valueFormatter: (value: string) => formatOslo(value),
      },
      {
        field: 'risk',
        headerName: 'Risk',
        width: 140,
        renderCell: ({ row }) => <RiskChip risk={row.risk} />,
      },
      {
        field: 'nextClock',
        headerName: 'Clock',
        width: 250,
        renderCell: ({ row }) => {
          const clock = shownClock(row);
          if (!clock)
            return (
              <Typography variant="body2" color="text.secondary">
                No clock
              </Typography>
            );
          return (
            <Box sx={{ py: 0.75 }}>
              <ClockChip clock={clock} now={now} />
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.25 }}>
                {clock.label}
                {row.clocks.length > 1 ? ` (${row.clocks.length} clocks)` : ''}
                {clock.status === 'running' || clock.status === 'overdue'
                  ? ` · due ${formatOslo(clock.dueAt)}`
                  : ''}
              </Typography>
            </Box>
          );
        },
      },
      {
        field: 'state',
        headerName: 'State',
        width: 190,
        sortable: false,
        renderCell: ({ row }) => <StateChip state={row.state} short />,
      },
    ],
    [now],
  );

  const runExport = async (format: 'csv' | 'xlsx') => {
    const result = await exportBreaches({ format, ...filter });
    if ('data' in result && result.data) saveFile(result.data);
    else if ('error' in result && result.error)
      dispatch(notice((result.error as { message: string }).message, 'error'));
  };

  const quick: Array<{
    label: string;
    active: boolean;
    count?: number;
    icon: ReactElement;
    color: 'default' | 'error' | 'warning' | 'info' | 'primary';
    apply: Parameters<typeof setFilters>[0];
  }> = [
    {
      label: 'Open',
      active: state === 'open' && !filter.clock,
      count: counts?.open,
      icon: <FolderOpenOutlinedIcon />,
      color: 'primary',
      apply: { state: null, clock: null },
    },
    {
      label: 'Awaiting assessment',
      active: state === 'reported' && !filter.clock,
      count: counts?.reported,
      icon: <HourglassTopIcon />,
      color: 'info',
      apply: { state: 'reported', clock: null },
    },
    {
      label: 'Clock running',
      active: state === 'open' && filter.clock === 'running',
      count: counts?.running,
      icon: <TimerOutlinedIcon />,
      color: 'warning',
      apply: { state: null, clock: 'running' },
    },
    {
      label: 'Overdue',
      active: state === 'open' && filter.clock === 'overdue',
      count: counts?.overdue,
      icon: <ErrorOutlineIcon />,
      color: 'error',
      apply: { state: null, clock: 'overdue' },
    },
    {
      label: 'All breaches',
      active: state === 'all' && !filter.clock,
      icon: <AllInclusiveIcon />,
      color: 'primary',
      apply: { state: 'all', clock: null },
    },
  ];

  return (
    <>
      <PageHeader
        title="Personal data breaches"
        subtitle="Every breach, notified or not (Art. 33(5)). As controller, Datatilsynet is notified within 72 hours of becoming aware, counted in real hours; as processor, each customer is told within the period in its agreement, or without undue delay."
        actions={
          <>
            <ExportButtons onExport={(format) => void runExport(format)} disabled={exporting} />
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
              New breach
            </Button>
          </>
        }
      />
      <QuickFilters
        items={quick.map((item) => ({
          key: item.label,
          label: item.label,
          icon: item.icon,
          count: item.count,
          color: item.color,
          active: item.active,
          onPick: () => setFilter(item.apply),
        }))}
      />
      <ErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }} role="search">
          <TextField
            label="Search number or title"
            type="search"
            value={filters.q ?? ''}
            onChange={(event) => setFilter({ q: event.target.value })}
            sx={{ width: 230 }}
            fullWidth={false}
          />
          <TextField
            select
            label="State"
            value={state}
            onChange={(event) =>
              setFilter({ state: event.target.value === 'open' ? null : event.target.value })
            }
            sx={{ width: 200 }}
            fullWidth={false}
          >
            {breachListStates.map((value) => (
              <MenuItem key={value} value={value}>
                {stateLabels[value]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Risk"
            value={filter.risk ?? ''}
            onChange={(event) => setFilter({ risk: event.target.value })}
            sx={{ width: 150 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {breachRiskFilters.map((value) => (
              <MenuItem key={value} value={value}>
                {riskShortLabels[value]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Capacity"
            value={filter.capacity ?? ''}
            onChange={(event) => setFilter({ capacity: event.target.value })}
            sx={{ width: 150 }}
            fullWidth={false}
          >
            <MenuItem value="">Either</MenuItem>
            <MenuItem value="controller">Controller</MenuItem>
            <MenuItem value="processor">Processor</MenuItem>
          </TextField>
          <TextField
            select
            label="Clock"
            value={filter.clock ?? ''}
            onChange={(event) => setFilter({ clock: event.target.value })}
            sx={{ width: 210 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {breachClockFilters.map((value) => (
              <MenuItem key={value} value={value}>
                {clockLabels[value]}
              </MenuItem>
            ))}
          </TextField>
          <CalendarDateField
            label="Aware from"
            value={filters.from ?? null}
            onChange={(from) => setFilter({ from })}
            width={160}
          />
          <CalendarDateField
            label="Aware to"
            value={filters.to ?? null}
            onChange={(to) => setFilter({ to })}
            width={160}
          />
          <Button
            startIcon={<FilterAltOffOutlinedIcon />}
            disabled={!filtered && state === 'open'}
            onClick={() =>
              setFilter({
                state: null,
                risk: null,
                capacity: null,
                clock: null,
                from: null,
                to: null,
                q: null,
              })
            }
          >
            Clear filters
          </Button>
        </Stack>
        <Box sx={{ height: 'calc(100vh - 360px)', minHeight: 420 }}>
          <DataGrid
            rows={data?.rows ?? []}
            rowCount={data?.total ?? 0}
            columns={columns}
            loading={isFetching}
            getRowHeight={() => 'auto'}
            {...grid.gridProps}
            disableColumnFilter
            {...rowLinks(navigate, (row: BreachSummary) => `/breaches/${row.id}`)}
            getRowClassName={({ row }) =>
              row.nextClock && new Date(row.nextClock.dueAt).getTime() < now.getTime() ? 'breach-overdue' : ''
            }
            aria-label="Breaches"
            sx={{
              border: 0,
              '& .MuiDataGrid-row': { cursor: 'pointer' },
              '& .breach-overdue': { bgcolor: 'rgba(179, 38, 30, 0.06)' },
              '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
            }}
            slots={{
              noRowsOverlay: () => (
                <EmptyState
                  title={
                    filtered || state !== 'open' ? 'No breach matches these filters' : 'No open breaches'
                  }
                >
                  {filtered || state !== 'open'
                    ? 'Clear the filters to see every open breach.'
                    : 'Record a breach with “New breach”, or report one from the inquiry that brought it to light.'}
                </EmptyState>
              ),
            }}
          />
        </Box>
      </Paper>
      {creating && (
        <NewBreachDialog
          now={now.toISOString()}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/breaches/${id}`);
          }}
        />
      )}
    </>
  );
}
