import { Box, Button, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import ScheduleIcon from '@mui/icons-material/Schedule';
import type { ReactElement } from 'react';
import { useLabels, useT } from '../../i18n';
import {
  caseListStatuses,
  type CaseListStatus,
  caseSortFields,
  type CaseSummary,
} from '../../../shared/cases/contract';
import { capacities, priorities, requestTypes, type Priority } from '../../../shared/cases/rules';
import { EmptyState } from '../../components/EmptyState';
import { CellText } from '../../components/list/CellText';
import { FilterSelect, optionsOf } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListNotice } from '../../components/list/ListNotice';
import { RestrictedChip } from '../../components/RestrictedChip';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { DateRangeFilter } from '../../components/list/DateRangeFilter';
import { formatDate } from '../../lib/format';
import { useListPage } from '../../lib/useListPage';
import { useNewRecord } from '../../lib/useNewRecord';
import { StatusChips, TypeChips, useDaysLeftText, useFormatDue, VerificationLabel } from './caseUi';
import { useCaseCountsQuery, useCasesQuery, useExportCasesMutation } from './casesApi';
import { NewCaseDialog } from './NewCaseDialog';
import { useHandlers } from './useHandlers';

const keys = ['status', 'type', 'capacity', 'handler', 'priority', 'dueFrom', 'dueTo', 'q'] as const;

/** The list's columns in the person's language. */
function useColumns(): ListColumn<CaseSummary>[] {
  const t = useT('cases');
  const priorityLabels = useLabels('casePriority');
  const formatDue = useFormatDue();
  const daysLeftText = useDaysLeftText();
  return [
    { field: 'number', headerName: t('colCase'), width: 96 },
    {
      field: 'personName',
      headerName: t('colPerson'),
      flex: 1,
      minWidth: 170,
      renderCell: ({ row }) => (
        <CellText
          primaryText={row.personName}
          primary={
            <>
              {row.personName}
              <RestrictedChip restricted={row.restricted} />
            </>
          }
          secondary={
            row.capacity === 'processor'
              ? t('processorFor', { customer: row.customerName ?? t('aCustomer') })
              : t('controller')
          }
        />
      ),
    },
    {
      field: 'types',
      headerName: t('colRequest'),
      width: 160,
      sortable: false,
      priority: 2,
      renderCell: ({ row }) => (
        <Box sx={{ py: 0.75 }}>
          <TypeChips types={row.types} />
        </Box>
      ),
    },
    {
      field: 'receivedDate',
      headerName: t('colReceived'),
      width: 100,
      priority: 3,
      valueFormatter: (value: string) => formatDate(value),
    },
    {
      field: 'dueDate',
      headerName: t('colDue'),
      width: 140,
      renderCell: ({ row }) => (
        <Box sx={{ lineHeight: 1.3, py: 0.75 }}>
          <Typography
            variant="body2"
            sx={{ fontWeight: row.state === 'open' && row.daysLeft < 0 ? 600 : 400 }}
          >
            {formatDue(row.dueDate)}
          </Typography>
          <Typography
            variant="caption"
            color={row.state === 'open' && row.daysLeft < 0 ? 'error' : 'text.secondary'}
          >
            {row.state === 'open' ? daysLeftText(row.daysLeft) : t('closedLower')}
            {row.extended ? ` · ${t('extendedSuffix')}` : ''}
          </Typography>
        </Box>
      ),
    },
    {
      field: 'statuses',
      headerName: t('colStatus'),
      width: 210,
      sortable: false,
      renderCell: ({ row }) => (
        <Box sx={{ py: 0.75 }}>
          <StatusChips
            statuses={row.statuses}
            state={row.state}
            outcome={row.outcome}
            closedLate={row.closedLate}
          />
        </Box>
      ),
    },
    {
      field: 'verification',
      headerName: t('colIdentity'),
      width: 124,
      sortable: false,
      priority: 1,
      renderCell: ({ row }) => <VerificationLabel value={row.verification} />,
    },
    {
      field: 'handler',
      headerName: t('colHandler'),
      width: 130,
      valueGetter: (_value, row) => row.handler?.name ?? '',
      renderCell: ({ row }) =>
        row.handler ? (
          <CellText primary={row.handler.name} />
        ) : row.state === 'closed' ? (
          ''
        ) : (
          <Typography variant="body2" color="text.secondary" component="span">
            {t('nobodyYet')}
          </Typography>
        ),
    },
    {
      field: 'priority',
      headerName: t('colPriority'),
      width: 96,
      priority: 4,
      valueFormatter: (value: Priority) => priorityLabels[value],
    },
  ];
}

export function CasesPage() {
  const t = useT('cases');
  const columns = useColumns();
  const statusLabels = useLabels('caseListStatus');
  const requestTypeLabels = useLabels('requestType');
  const priorityLabels = useLabels('casePriority');
  const capacityLabels = useLabels('caseCapacity');
  const creating = useNewRecord('/cases');
  const list = useListPage({
    channel: 'cases.list',
    keys,
    moreKeys: ['capacity', 'priority', 'dueFrom', 'dueTo'],
    fields: { type: 'type', handler: 'handlerId' },
    sorts: caseSortFields,
    defaultSort: 'dueDate',
    defaultDirection: 'asc',
  });
  const { setFilter } = list;
  const handlerUsers = useHandlers();
  const { data: counts } = useCaseCountsQuery({});
  const [exportCases, { isLoading: exporting }] = useExportCasesMutation();
  const { data, isFetching, error } = useCasesQuery(list.request);
  const status = list.filter.status ?? 'open';

  const handlers = [
    { value: '0', label: t('nobodyYet') },
    ...handlerUsers.map((user) => ({ value: String(user.id), label: user.displayName })),
  ];
  const quick: Array<{
    value: CaseListStatus;
    count?: number;
    icon: ReactElement;
    color: 'default' | 'error' | 'warning' | 'info';
  }> = [
    { value: 'open', count: counts?.open, icon: <FolderOpenOutlinedIcon />, color: 'default' },
    { value: 'overdue', count: counts?.overdue, icon: <ErrorOutlineIcon />, color: 'error' },
    { value: 'due-soon', count: counts?.dueSoon, icon: <ScheduleIcon />, color: 'warning' },
    {
      value: 'extension-notice-needed',
      count: counts?.extensionNoticeNeeded,
      icon: <EventBusyOutlinedIcon />,
      color: 'warning',
    },
    { value: 'awaiting-person', count: counts?.awaitingPerson, icon: <HourglassEmptyIcon />, color: 'info' },
  ];

  return (
    <>
      <ListPage
        title={t('casesTitle')}
        subtitle={t('casesSubtitle', { days: counts?.dueSoonDays ?? 7 })}
        actions={
          <>
            <Button
              startIcon={<FileDownloadOutlinedIcon />}
              onClick={() => void list.exportWith(exportCases)('xlsx')}
              disabled={exporting}
            >
              {t('export')}
            </Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={creating.start}>
              {t('newCase')}
            </Button>
          </>
        }
        quickFilters={quick.map((item) => ({
          key: item.value,
          label: statusLabels[item.value],
          icon: item.icon,
          count: item.count,
          color: item.color,
          active: status === item.value,
          onPick: () => setFilter({ status: item.value === 'open' ? null : item.value }),
        }))}
        search={<SearchField label={t('searchCases')} {...list.bindSearch('q')} />}
        filters={
          <>
            <FilterSelect
              label={t('status')}
              value={status}
              options={optionsOf(caseListStatuses, statusLabels)}
              onChange={(value) => setFilter({ status: value === 'open' ? null : value })}
              anyLabel={null}
              width={200}
            />
            <FilterSelect
              label={t('requestType')}
              {...list.bind('type')}
              options={optionsOf(requestTypes, requestTypeLabels)}
              width={180}
            />
            <FilterSelect
              label={t('handler')}
              {...list.bind('handler')}
              options={handlers}
              anyLabel={t('anyone')}
              width={170}
            />
          </>
        }
        moreFilters={
          <>
            <FilterSelect
              label={t('capacity')}
              {...list.bind('capacity')}
              options={optionsOf(capacities, capacityLabels)}
              anyLabel={t('either')}
              width={170}
            />
            <FilterSelect
              label={t('priority')}
              {...list.bind('priority')}
              options={optionsOf(priorities, priorityLabels)}
              width={130}
            />
            <DateRangeFilter
              from={{ label: t('dueFrom'), ...list.bind('dueFrom') }}
              to={{ label: t('dueTo'), ...list.bind('dueTo') }}
            />
          </>
        }
        {...list.frame}
        error={error}
        notice={data?.notice && <ListNotice text={data.notice} />}
      >
        <ListGrid
          id="cases"
          label={t('casesTitle')}
          columns={columns}
          {...list.gridOf(data, isFetching)}
          rowPath={(row) => `/cases/${row.id}`}
          hiddenByDefault={['priority']}
          overdue={(row) => row.state === 'open' && row.statuses.includes('overdue')}
          empty={
            <EmptyState title={list.filtered ? t('noCaseMatches') : t('noOpenCases')}>
              {list.filtered ? t('clearToSeeAll') : t('noOpenCasesHelp')}
            </EmptyState>
          }
        />
      </ListPage>
      {creating.open && (
        <NewCaseDialog today={counts?.today} onClose={creating.close} onCreated={creating.created} />
      )}
    </>
  );
}
