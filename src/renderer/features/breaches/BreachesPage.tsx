import { Box, Button, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import AllInclusiveIcon from '@mui/icons-material/AllInclusive';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import MedicalInformationOutlinedIcon from '@mui/icons-material/MedicalInformationOutlined';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import { useMemo } from 'react';
import {
  breachClockFilters,
  type BreachClockFilter,
  breachListStates,
  type BreachListState,
  breachRiskFilters,
  breachSortFields,
  type BreachSummary,
} from '../../../shared/breaches/contract';
import { formatOslo } from '../../../shared/breaches/time';
import { EmptyState } from '../../components/EmptyState';
import { CellText } from '../../components/list/CellText';
import { type FilterPick, pickingFilters } from '../../components/QuickFilters';
import { ExportButtons } from '../../components/ExportButtons';
import { FilterSelect, optionsOf } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { DateRangeFilter } from '../../components/list/DateRangeFilter';
import { useLabels, useSay, useT } from '../../i18n';
import { useListPage } from '../../lib/useListPage';
import { useNewRecord } from '../../lib/useNewRecord';
import { ClockChip, RiskChip, StateChip, useCoreNow } from './breachUi';
import { useBreachCountsQuery, useBreachesQuery, useExportBreachesMutation } from './breachesApi';
import { NewBreachDialog } from './NewBreachDialog';
import { RestrictedChip } from '../../components/RestrictedChip';

const keys = ['state', 'risk', 'capacity', 'clock', 'from', 'to', 'q'] as const;

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
  const t = useT('breaches');
  const say = useSay();
  const riskShortLabels = useLabels('riskShort');
  const breachStates = useLabels('breachState');
  const stateLabels: Record<BreachListState, string> = {
    open: t('stateOpen'),
    reported: useLabels('breachStateShort').reported,
    assessed: breachStates.assessed,
    closed: breachStates.closed,
    all: t('stateAll'),
  };
  const clockLabels: Record<BreachClockFilter, string> = {
    running: t('clockRunningOverdue'),
    overdue: t('overdue'),
    stopped: t('noClockRunning'),
  };
  const capacityOptions = [
    { value: 'controller', label: t('controller') },
    { value: 'processor', label: t('processor') },
  ];
  const creating = useNewRecord('/breaches');
  const { data: counts } = useBreachCountsQuery({});
  const now = useCoreNow(counts?.now);
  const [exportBreaches, { isLoading: exporting }] = useExportBreachesMutation();
  const list = useListPage({
    channel: 'breaches.list',
    keys,
    moreKeys: ['capacity', 'from', 'to'],
    sorts: breachSortFields,
    columnOf: { nextDueAt: 'nextClock' },
    defaultSort: 'awareAt',
    defaultDirection: 'desc',
  });
  const { values, setFilter } = list;
  const state = list.filter.state ?? 'open';
  const { data, isFetching, error } = useBreachesQuery(list.request);

  const columns = useMemo<ListColumn<BreachSummary>[]>(
    () => [
      { field: 'number', headerName: t('columnBreach'), width: 124 },
      {
        field: 'title',
        headerName: t('columnWhat'),
        flex: 1,
        minWidth: 220,
        renderCell: ({ row }) => (
          <CellText
            primaryText={row.title}
            primary={
              <>
                {row.title}
                <RestrictedChip restricted={row.restricted} />
                {row.specialCategories && (
                  <Tooltip title={t('specialCategoriesTip')}>
                    <MedicalInformationOutlinedIcon
                      fontSize="inherit"
                      color="error"
                      sx={{ ml: 0.5, verticalAlign: 'middle' }}
                      aria-label={t('specialCategories')}
                    />
                  </Tooltip>
                )}
              </>
            }
            secondary={
              row.capacity === 'processor'
                ? t('processorFor', { names: row.customerNames.join(', ') || t('customersWord') })
                : row.capacity === 'both'
                  ? t('oursAnd', { names: row.customerNames.join(', ') || t('customersWord') })
                  : t('controllerOwn')
            }
          />
        ),
      },
      {
        field: 'awareAt',
        headerName: t('columnAware'),
        width: 140,
        priority: 2,
        valueFormatter: (value: string) => formatOslo(value),
      },
      {
        field: 'risk',
        headerName: t('risk'),
        width: 140,
        priority: 1,
        renderCell: ({ row }) => <RiskChip risk={row.risk} />,
      },
      {
        field: 'nextClock',
        headerName: t('clock'),
        width: 250,
        renderCell: ({ row }) => {
          const clock = shownClock(row);
          if (!clock)
            return (
              <Typography variant="body2" color="text.secondary">
                {t('noClock')}
              </Typography>
            );
          return (
            <Box sx={{ py: 0.75 }}>
              <ClockChip clock={clock} now={now} />
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.25 }}>
                {say(clock.labelText)}
                {row.clocks.length > 1 ? t('clockCount', { count: row.clocks.length }) : ''}
                {clock.status === 'running' || clock.status === 'overdue'
                  ? t('dueAt', { time: formatOslo(clock.dueAt) })
                  : ''}
              </Typography>
            </Box>
          );
        },
      },
      {
        field: 'state',
        headerName: t('state'),
        width: 190,
        sortable: false,
        renderCell: ({ row }) => <StateChip state={row.state} short />,
      },
    ],
    [now, say, t],
  );

  const quick: FilterPick<Parameters<typeof setFilter>[0]>[] = [
    {
      label: t('quickOpen'),
      active: state === 'open' && !values.clock,
      count: counts?.open,
      icon: <FolderOpenOutlinedIcon />,
      color: 'primary',
      apply: { state: null, clock: null },
    },
    {
      label: stateLabels.reported,
      active: state === 'reported' && !values.clock,
      count: counts?.reported,
      icon: <HourglassTopIcon />,
      color: 'info',
      apply: { state: 'reported', clock: null },
    },
    {
      label: t('quickClockRunning'),
      active: state === 'open' && values.clock === 'running',
      count: counts?.running,
      icon: <TimerOutlinedIcon />,
      color: 'warning',
      apply: { state: null, clock: 'running' },
    },
    {
      label: t('overdue'),
      active: state === 'open' && values.clock === 'overdue',
      count: counts?.overdue,
      icon: <ErrorOutlineIcon />,
      color: 'error',
      apply: { state: null, clock: 'overdue' },
    },
    {
      label: t('stateAll'),
      active: state === 'all' && !values.clock,
      icon: <AllInclusiveIcon />,
      color: 'primary',
      apply: { state: 'all', clock: null },
    },
  ];

  return (
    <>
      <ListPage
        title={t('listTitle')}
        subtitle={t('listSubtitle')}
        actions={
          <>
            <ExportButtons
              onExport={(format) => void list.exportWith(exportBreaches)(format)}
              disabled={exporting}
            />
            <Button variant="contained" startIcon={<AddIcon />} onClick={creating.start}>
              {t('newBreach')}
            </Button>
          </>
        }
        quickFilters={pickingFilters(quick, setFilter)}
        search={<SearchField label={t('searchLabel')} {...list.bindSearch('q')} width={230} />}
        filters={
          <>
            <FilterSelect
              label={t('state')}
              value={state}
              options={optionsOf(breachListStates, stateLabels)}
              onChange={(value) => setFilter({ state: value === 'open' ? null : value })}
              anyLabel={null}
              width={200}
            />
            <FilterSelect
              label={t('risk')}
              {...list.bind('risk')}
              options={optionsOf(breachRiskFilters, riskShortLabels)}
              width={150}
            />
            <FilterSelect
              label={t('clock')}
              {...list.bind('clock')}
              options={optionsOf(breachClockFilters, clockLabels)}
              width={210}
            />
          </>
        }
        moreFilters={
          <>
            <FilterSelect
              label={t('capacity')}
              {...list.bind('capacity')}
              options={capacityOptions}
              anyLabel={t('either')}
              width={150}
            />
            <DateRangeFilter
              from={{ label: t('awareFrom'), ...list.bind('from') }}
              to={{ label: t('awareTo'), ...list.bind('to') }}
            />
          </>
        }
        {...list.frame}
        error={error}
      >
        <ListGrid
          id="breaches"
          label={t('gridLabel')}
          columns={columns}
          {...list.gridOf(data, isFetching)}
          rowPath={(row) => `/breaches/${row.id}`}
          overdue={(row) => !!row.nextClock && new Date(row.nextClock.dueAt).getTime() < now.getTime()}
          empty={
            <EmptyState title={list.filtered ? t('noMatch') : t('noOpen')}>
              {list.filtered ? t('noMatchText') : t('noOpenText')}
            </EmptyState>
          }
        />
      </ListPage>
      {creating.open && (
        <NewBreachDialog now={now.toISOString()} onClose={creating.close} onCreated={creating.created} />
      )}
    </>
  );
}
