import { Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import PublicOffOutlinedIcon from '@mui/icons-material/PublicOffOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { type ReactElement, useMemo } from 'react';
import {
  type AgreementDeadlineKind,
  agreementSortFields,
  type AgreementSummary,
  type DueFilter,
  dueFilters,
} from '../../../shared/agreements/contract';
import {
  agreementStatuses,
  basisFilters,
  checklistFilters,
  companyRoles,
} from '../../../shared/agreements/rules';
import { countryName } from '../../../shared/countries';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { CountrySelect } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { type FilterPick, pickingFilters } from '../../components/QuickFilters';
import { ExportButtons } from '../../components/ExportButtons';
import { FilterSelect, optionsOf } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { formatDate } from '../../lib/format';
import { useListPage } from '../../lib/useListPage';
import { useNewRecord } from '../../lib/useNewRecord';
import { useSearchState } from '../../lib/useSearchState';
import { type Translate, useLabels, useT } from '../../i18n';
import type { KeyOf } from '../../i18n/namespaces';
import { AgreementDialog } from './AgreementDialog';
import { emptyAgreementForm } from './agreementForm';
import {
  AlertChips,
  ChecklistMeter,
  DirectionChip,
  SpecialCategoryChips,
  NoticeHoursChip,
  StatusChip,
  TransferFlagChip,
} from './agreementUi';
import { useAgreementDeadlinesQuery, useAgreementsQuery, useExportAgreementsMutation } from './agreementsApi';
import { DuePanel } from './DuePanel';

type AgreementsKey = KeyOf<'agreements'>;

const keys = ['q', 'direction', 'status', 'checklist', 'due', 'country', 'basis'] as const;
const openingKeys = ['new', 'organisation'] as const;

const dueKeys = {
  any: 'dueAny',
  'review-soon': 'dueReviewSoon',
  'review-overdue': 'dueReviewOverdue',
  expiring: 'dueExpiring',
  'expired-active': 'dueExpiredActive',
} as const satisfies Record<DueFilter, string>;

/** The quick filters on what falls due, each counting the deadlines of its kind. */
const dueQuickFilters: {
  filter: DueFilter;
  kind: AgreementDeadlineKind;
  icon: ReactElement;
  color: 'error' | 'warning';
}[] = [
  { filter: 'review-overdue', kind: 'review-overdue', icon: <ErrorOutlineIcon />, color: 'error' },
  { filter: 'review-soon', kind: 'review-due', icon: <ScheduleIcon />, color: 'warning' },
  { filter: 'expiring', kind: 'expiring', icon: <EventBusyOutlinedIcon />, color: 'warning' },
  { filter: 'expired-active', kind: 'expired-active', icon: <ErrorOutlineIcon />, color: 'error' },
];

const basisKeys = {
  adequacy: 'basisAdequacy',
  scc: 'basisScc',
  bcr: 'basisBcr',
  derogation: 'basisDerogation',
  flagged: 'basisFlagged',
} as const satisfies Record<(typeof basisFilters)[number], string>;

const wordsOf = <K extends string>(keys: Record<K, AgreementsKey>, t: Translate<AgreementsKey>) =>
  Object.fromEntries(Object.entries(keys).map(([value, key]) => [value, t(key as AgreementsKey)])) as Record<
    K,
    string
  >;

export function AgreementsPage() {
  const t = useT('agreements');
  const statusLabels = useLabels('agreementStatus');
  const checklistLabels = useLabels('checklistFilter');
  const basisShort = useLabels('transferBasisShort');
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const list = useListPage({
    channel: 'agreements.list',
    keys,
    moreKeys: ['status', 'country', 'basis'],
    fields: { direction: 'companyRole' },
    sorts: agreementSortFields,
    defaultSort: 'nextReviewOn',
    defaultDirection: 'asc',
    directionKey: 'order',
  });
  const { values, setFilter } = list;
  // Opening the new-agreement dialog from an organisation's page: not a filter of the list.
  const [opening, setOpening] = useSearchState(openingKeys);
  const creating = useNewRecord('/registers/agreements');
  const [exportAgreements, { isLoading: exporting }] = useExportAgreementsMutation();
  const { data: due } = useAgreementDeadlinesQuery({});
  const { data, isFetching, error } = useAgreementsQuery(list.request);
  const newDirection = companyRoles.find((role) => role === opening.new);
  const dialogOpen = creating.open || !!newDirection;

  const columns = useMemo<ListColumn<AgreementSummary>[]>(
    () => [
      { field: 'reference', headerName: t('colReference'), width: 110 },
      {
        field: 'title',
        headerName: t('colAgreement'),
        flex: 1,
        minWidth: 200,
        renderCell: ({ row }) => (
          <Box sx={{ lineHeight: 1.3, py: 0.75, minWidth: 0 }}>
            <Typography variant="body2" noWrap>
              {row.title}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div" noWrap>
              {row.organisation.name}
            </Typography>
            <SpecialCategoryChips categories={row.specialCategories.slice(0, 1)} />
          </Box>
        ),
      },
      {
        field: 'organisation',
        headerName: t('colDirection'),
        width: 104,
        priority: 4,
        sortable: false,
        renderCell: ({ row }) => <DirectionChip role={row.companyRole} />,
      },
      {
        field: 'status',
        headerName: t('colStatus'),
        width: 150,
        renderCell: ({ row }) => (
          <Stack justifyContent="center" alignItems="flex-start" sx={{ height: '100%' }}>
            <StatusChip status={row.status} recordedStatus={row.recordedStatus} />
            {row.noticeHoursFlag && <NoticeHoursChip />}
          </Stack>
        ),
      },
      {
        field: 'completeness',
        headerName: t('colChecklist'),
        width: 130,
        priority: 3,
        renderCell: ({ row }) => <ChecklistMeter summary={row.checklist} compact />,
      },
      {
        field: 'countries',
        headerName: t('colOutsideEea'),
        width: 180,
        priority: 2,
        sortable: false,
        renderCell: ({ row }) => (
          <Box sx={{ py: 0.75 }}>
            <Typography variant="body2" noWrap>
              {row.countries.length === 0 ? '—' : row.countries.map(countryName).join(', ')}
            </Typography>
            {row.bases.length > 0 && (
              <Typography variant="caption" color="text.secondary">
                {row.bases.map((basis) => basisShort[basis]).join(', ')}
              </Typography>
            )}
            {row.transferFlag && <TransferFlagChip />}
          </Box>
        ),
      },
      {
        field: 'nextReviewOn',
        headerName: t('colNextReview'),
        width: 170,
        renderCell: ({ row }) => (
          <Box sx={{ py: 0.75 }}>
            <Typography variant="body2">{formatDate(row.nextReviewOn) || '—'}</Typography>
            <AlertChips alerts={row.alerts} />
          </Box>
        ),
      },
      {
        field: 'expiryOn',
        headerName: t('colExpires'),
        width: 100,
        priority: 5,
        valueFormatter: (value: string | null) => formatDate(value) || t('openEnded'),
      },
    ],
    [t, basisShort],
  );

  const quick: FilterPick<Parameters<typeof setFilter>[0]>[] = [
    ...dueQuickFilters.map(({ filter, kind, icon, color }) => ({
      label: t(dueKeys[filter]),
      active: values.due === filter,
      count: due?.items.filter((item) => item.kind === kind).length,
      icon,
      color,
      apply: { due: values.due === filter ? null : filter },
    })),
    {
      label: t('quickWithGaps'),
      active: values.checklist === 'gaps',
      icon: <FactCheckOutlinedIcon />,
      color: 'error',
      apply: { checklist: values.checklist === 'gaps' ? null : 'gaps' },
    },
    {
      label: t('quickBasisLacking'),
      active: values.basis === 'flagged',
      icon: <PublicOffOutlinedIcon />,
      color: 'error',
      apply: { basis: values.basis === 'flagged' ? null : 'flagged' },
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
              onExport={(format) => void list.exportWith(exportAgreements)(format)}
              disabled={exporting}
              formats={['xlsx', 'csv']}
            />
            {isAdmin && (
              <Button variant="contained" startIcon={<AddIcon />} onClick={creating.start}>
                {t('newAgreement')}
              </Button>
            )}
          </>
        }
        quickFilters={pickingFilters(quick, setFilter)}
        aside={
          <DuePanel
            today={due?.today}
            items={due?.items ?? []}
            loaded={!!due}
            onShowAll={() => setFilter({ due: 'any' })}
          />
        }
        search={<SearchField label={t('searchLabel')} {...list.bindSearch('q')} />}
        filters={
          <>
            <FilterSelect
              label={t('filterDirection')}
              {...list.bind('direction')}
              options={companyRoles.map((role) => ({
                value: role,
                label: t(role === 'controller' ? 'directionSuppliers' : 'directionCustomers'),
              }))}
              anyLabel={t('filterBoth')}
              width={140}
            />
            <FilterSelect
              label={t('filterChecklist')}
              {...list.bind('checklist')}
              options={optionsOf(checklistFilters, checklistLabels)}
              width={210}
            />
            <FilterSelect
              label={t('filterDue')}
              {...list.bind('due')}
              options={optionsOf(dueFilters, wordsOf(dueKeys, t))}
              anyLabel={t('filterAnyTime')}
              width={200}
            />
          </>
        }
        moreFilters={
          <>
            <FilterSelect
              label={t('filterStatus')}
              {...list.bind('status')}
              options={optionsOf(agreementStatuses, statusLabels)}
              width={150}
            />
            <Box sx={{ width: 220 }}>
              <CountrySelect
                label={t('filterCountry')}
                value={list.filter.country ?? null}
                onChange={(country) => setFilter({ country })}
              />
            </Box>
            <FilterSelect
              label={t('filterBasis')}
              {...list.bind('basis')}
              options={optionsOf(basisFilters, wordsOf(basisKeys, t))}
              width={220}
            />
          </>
        }
        {...list.frame}
        error={error}
      >
        <ListGrid
          id="agreements"
          label={t('gridLabel')}
          columns={columns}
          {...list.gridOf(data, isFetching)}
          rowPath={(row) => `/registers/agreements/${row.id}`}
          empty={
            <EmptyState
              title={list.filtered ? t('emptyFiltered') : t('emptyNone')}
              icon={<HandshakeOutlinedIcon fontSize="inherit" />}
            >
              {list.filtered ? t('emptyFilteredHint') : isAdmin ? t('emptyAdminHint') : t('emptyReaderHint')}
            </EmptyState>
          }
        />
      </ListPage>
      {dialogOpen && (
        <AgreementDialog
          detail={null}
          initial={
            newDirection ? emptyAgreementForm(newDirection, Number(opening.organisation) || null) : undefined
          }
          onClose={() => {
            creating.close();
            if (newDirection) setOpening({ new: null, organisation: null });
          }}
          onSaved={creating.created}
        />
      )}
    </>
  );
}
