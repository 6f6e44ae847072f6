import { Button, Chip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { followUpFilters, inquirySortFields, type InquirySummary } from '../../../shared/inquiries/contract';
import { inquiryCategories, inquiryChannels, inquiryStatuses } from '../../../shared/inquiries/rules';
import { EmptyState } from '../../components/EmptyState';
import { ExportButtons } from '../../components/ExportButtons';
import { CellText } from '../../components/list/CellText';
import { FilterSelect, optionsOf } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListNotice } from '../../components/list/ListNotice';
import { RestrictedChip } from '../../components/RestrictedChip';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { DateRangeFilter } from '../../components/list/DateRangeFilter';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLabels, useT } from '../../i18n';
import { useListPage } from '../../lib/useListPage';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useColleaguesQuery } from '../users/usersApi';
import { useExportInquiriesMutation, useInquiriesQuery } from './inquiriesApi';
import { InquiryStatusChip } from './inquiryUi';

const keys = ['q', 'channel', 'category', 'status', 'company', 'agent', 'from', 'to', 'followUp'] as const;

export function InquiriesPage() {
  const navigate = useNavigate();
  const list = useListPage({
    channel: 'inquiries.list',
    keys,
    moreKeys: ['company', 'agent', 'from', 'to'],
    fields: { company: 'onBehalfOfId', agent: 'assignedToId' },
    sorts: inquirySortFields,
    defaultSort: 'receivedAt',
    defaultDirection: 'desc',
  });
  const t = useT('inquiries');
  const channelLabels = useLabels('inquiryChannel');
  const categoryLabels = useLabels('inquiryCategory');
  const statusLabels = useLabels('inquiryStatus');
  const columns = useMemo<ListColumn<InquirySummary>[]>(
    () => [
      {
        field: 'receivedAt',
        headerName: t('columnReceived'),
        width: 150,
        renderCell: ({ row }) => (
          <CellText
            primary={formatDateTime(row.receivedAt)}
            secondary={`${row.number} · ${channelLabels[row.channel]}${row.direction === 'outgoing' ? ` ${t('out')}` : ''}`}
          />
        ),
      },
      {
        field: 'personName',
        headerName: t('columnPerson'),
        width: 190,
        renderCell: ({ row }) => (
          <CellText
            primary={row.personName ?? <em>{t('noName')}</em>}
            secondary={row.personPhone ?? row.personEmail ?? ''}
          />
        ),
      },
      {
        field: 'summary',
        headerName: t('columnSummary'),
        flex: 1,
        minWidth: 220,
        sortable: false,
        renderCell: ({ row }) => (
          <CellText
            primary={row.summary}
            secondary={row.onBehalfOf ? t('forCompany', { name: row.onBehalfOf.name }) : t('ownCompany')}
          />
        ),
      },
      {
        field: 'category',
        headerName: t('category'),
        width: 160,
        priority: 2,
        valueFormatter: (value: InquirySummary['category']) => categoryLabels[value],
      },
      {
        field: 'status',
        headerName: t('status'),
        width: 170,
        renderCell: ({ row }) => (
          <>
            <InquiryStatusChip status={row.status} />
            <RestrictedChip restricted={row.restricted} />
          </>
        ),
      },
      {
        field: 'followUpOn',
        headerName: t('followUp'),
        width: 120,
        priority: 1,
        renderCell: ({ row }) =>
          row.followUpOn ? (
            <Typography
              variant="body2"
              color={row.followUpDue ? 'error' : 'text.primary'}
              sx={{ fontWeight: row.followUpDue ? 600 : 400 }}
            >
              {formatDate(row.followUpOn)}
              {row.followUpDue ? ` ${t('due')}` : ''}
            </Typography>
          ) : (
            ''
          ),
      },
      {
        field: 'assignedTo',
        headerName: t('agent'),
        width: 140,
        sortable: false,
        valueGetter: (_value, row) => row.assignedTo.name,
      },
    ],
    [t, channelLabels, categoryLabels],
  );
  const followUpLabels: Record<(typeof followUpFilters)[number], string> = {
    due: t('followUpDue'),
    today: t('followUpToday'),
    planned: t('followUpPlanned'),
  };
  const statusOptions = [
    { value: 'active', label: t('notClosed') },
    ...optionsOf(inquiryStatuses, statusLabels),
  ];
  const { data: colleagues } = useColleaguesQuery({});
  const { data: organisations } = useOrganisationsQuery({});
  const [exportInquiries, { isLoading: exporting }] = useExportInquiriesMutation();
  const { data, isFetching, error } = useInquiriesQuery(list.request);

  const customers = useMemo(
    () => [
      { value: '0', label: t('ownCompany') },
      ...(organisations ?? [])
        .filter((organisation) => organisation.isCustomer)
        .map((organisation) => ({ value: String(organisation.id), label: organisation.name })),
    ],
    [organisations, t],
  );
  const agents = (colleagues ?? []).map((user) => ({ value: String(user.id), label: user.displayName }));

  return (
    <ListPage
      title={t('screenTitle')}
      subtitle={t('listSubtitle')}
      actions={
        <>
          <ExportButtons
            onExport={(format) => void list.exportWith(exportInquiries)(format)}
            disabled={exporting}
          />
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => void navigate('/log')}>
            {t('logInquiry')}
          </Button>
        </>
      }
      search={
        <SearchField
          {...list.bindSearch('q')}
          label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          width={340}
        />
      }
      filters={
        <>
          <FilterSelect
            label={t('channel')}
            {...list.bind('channel')}
            options={optionsOf(inquiryChannels, channelLabels)}
            width={140}
          />
          <FilterSelect
            label={t('category')}
            {...list.bind('category')}
            options={optionsOf(inquiryCategories, categoryLabels)}
            width={190}
          />
          <FilterSelect label={t('status')} {...list.bind('status')} options={statusOptions} width={170} />
          <FilterSelect
            label={t('followUp')}
            {...list.bind('followUp')}
            options={optionsOf(followUpFilters, followUpLabels)}
            width={200}
          />
        </>
      }
      moreFilters={
        <>
          <FilterSelect
            label={t('onBehalfOf')}
            {...list.bind('company')}
            options={customers}
            anyLabel={t('anyone')}
            width={210}
          />
          <FilterSelect
            label={t('agent')}
            {...list.bind('agent')}
            options={agents}
            anyLabel={t('anyone')}
            width={170}
          />
          <DateRangeFilter
            from={{ label: t('receivedFrom'), ...list.bind('from') }}
            to={{ label: t('receivedTo'), ...list.bind('to') }}
            width={170}
          />
        </>
      }
      {...list.frame}
      error={error}
      notice={
        (data?.capped || data?.notice) && (
          <>
            {data.capped && <Chip size="small" sx={{ mb: 1, alignSelf: 'flex-start' }} label={t('capped')} />}
            {data.notice && <ListNotice text={data.notice} />}
          </>
        )
      }
    >
      <ListGrid
        id="inquiries"
        label={t('screenTitle')}
        columns={columns}
        {...list.gridOf(data, isFetching)}
        rowPath={(row) => `/inquiries/${row.id}`}
        countLabel={data?.capped ? t('moreThan') : undefined}
        empty={
          <EmptyState title={list.filtered ? t('noMatch') : t('noneYet')}>
            {list.filtered ? t('noMatchText') : t('noneYetText')}
          </EmptyState>
        }
      />
    </ListPage>
  );
}
