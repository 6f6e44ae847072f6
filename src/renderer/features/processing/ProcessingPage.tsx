import {
  Alert,
  AlertTitle,
  Button,
  Chip,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import PublicOffOutlinedIcon from '@mui/icons-material/PublicOffOutlined';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { countryName } from '../../../shared/countries';
import type { ActivitySummary } from '../../../shared/processing/contract';
import type { ActivityRole } from '../../../shared/processing/rules';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { FilterSwitch } from '../../components/list/FilterSwitch';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { saveFile } from '../../lib/download';
import { useAddressFilters } from '../../lib/useAddressFilters';
import { ActivityDialog } from './ActivityDialog';
import {
  useCreateActivityFromAgreementMutation,
  useExportProcessingMutation,
  useProcessingActivitiesQuery,
} from './processingApi';
import { useT } from '../../i18n';

const filterKeys = ['role', 'q', 'archived'] as const;

export function RoleChip({ role }: { role: ActivityRole }) {
  const t = useT('processing');
  return role === 'controller' ? (
    <Chip size="small" label={t('roleController')} color="primary" variant="outlined" />
  ) : (
    <Chip size="small" label={t('roleProcessor')} color="secondary" variant="outlined" />
  );
}

/** Complete, or what Art. 30 still asks for; a transfer without a valid basis is flagged too. */
export function CompletenessChips({
  row,
}: {
  row: Pick<ActivitySummary, 'missing' | 'transferFlag' | 'archived'>;
}) {
  const t = useT('processing');
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" sx={{ height: '100%' }}>
      {row.archived && <Chip size="small" label={t('archived')} />}
      {row.missing.length === 0 ? (
        <Chip
          size="small"
          icon={<CheckCircleOutlineIcon />}
          color="success"
          variant="outlined"
          label={t('complete')}
        />
      ) : (
        <Tooltip title={row.missing.join('; ')}>
          <Chip
            size="small"
            icon={<ErrorOutlineIcon />}
            color="warning"
            label={t('itemsToRecord', { count: row.missing.length })}
          />
        </Tooltip>
      )}
      {row.transferFlag && (
        <Chip size="small" icon={<PublicOffOutlinedIcon />} color="error" label={t('transferBasis')} />
      )}
    </Stack>
  );
}

/** Registers → Processing activities: the record of Art. 30, as controller and for each customer. */
export function ProcessingPage() {
  const navigate = useNavigate();
  const dispatch = useAppDispatch();
  const t = useT('processing');
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const filters = useAddressFilters(filterKeys);
  const { values } = filters;
  const role = values.role === 'controller' || values.role === 'processor' ? values.role : undefined;
  const includeArchived = values.archived === '1';
  const { data, error, isLoading } = useProcessingActivitiesQuery({
    role,
    q: values.q || undefined,
    includeArchived,
  });
  const [exportRecord, { isLoading: exporting }] = useExportProcessingMutation();
  const [fromAgreement] = useCreateActivityFromAgreementMutation();
  const [adding, setAdding] = useState(false);

  const download = async (format: 'pdf' | 'xlsx') => {
    const result = await exportRecord({ format, includeArchived });
    if ('data' in result && result.data) saveFile(result.data);
    else dispatch(notice(t('exportFailed'), 'error'));
  };
  const createFrom = async (agreementId: number) => {
    const result = await fromAgreement({ agreementId });
    if ('data' in result && result.data) {
      dispatch(notice(t('createdFrom', { reference: result.data.reference })));
      void navigate(`/registers/processing/${result.data.id}`);
    } else if ('error' in result)
      dispatch(notice((result.error as { message?: string }).message ?? t('createFailed'), 'error'));
  };

  const columns = useMemo<ListColumn<ActivitySummary>[]>(
    () => [
      { field: 'reference', headerName: t('colRef'), width: 86 },
      { field: 'name', headerName: t('colProcessing'), flex: 1.3, minWidth: 220 },
      {
        field: 'role',
        headerName: t('colAs'),
        width: 110,
        renderCell: ({ row }) => (
          <Stack justifyContent="center" sx={{ height: '100%' }}>
            <RoleChip role={row.role} />
          </Stack>
        ),
      },
      {
        field: 'customer',
        headerName: t('colCustomer'),
        flex: 0.8,
        minWidth: 150,
        priority: 1,
        valueGetter: (_value, row) => row.customer?.name ?? '',
      },
      {
        field: 'countries',
        headerName: t('colOutsideEea'),
        width: 140,
        priority: 2,
        sortable: false,
        valueGetter: (_value, row) => row.countries.map(countryName).join(', '),
      },
      {
        field: 'missing',
        headerName: t('colRecord'),
        width: 260,
        sortable: false,
        renderCell: ({ row }) => <CompletenessChips row={row} />,
      },
    ],
    [t],
  );

  const uncovered = data && data.uncovered.length > 0 && (
    <Alert severity="warning" sx={{ mb: 1.5, flexShrink: 0, maxHeight: '30vh', overflowY: 'auto' }}>
      <AlertTitle>{t('uncoveredTitle')}</AlertTitle>
      <Stack component="ul" spacing={0.5} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {data.uncovered.map((entry) => (
          <Stack
            component="li"
            key={entry.agreementId}
            direction="row"
            spacing={2}
            alignItems="center"
            flexWrap="wrap"
          >
            <Typography variant="body2">{`${entry.customer.name}: ${entry.reference} “${entry.title}”`}</Typography>
            {isAdmin && (
              <Button size="small" onClick={() => void createFrom(entry.agreementId)}>
                {t('createRecord')}
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );

  return (
    <>
      <ListPage
        title={t('screenTitle')}
        subtitle={t('listSubtitle')}
        actions={
          <>
            <Button
              startIcon={<FileDownloadOutlinedIcon />}
              onClick={() => void download('pdf')}
              disabled={exporting}
            >
              {t('formatPdf')}
            </Button>
            <Button
              startIcon={<FileDownloadOutlinedIcon />}
              onClick={() => void download('xlsx')}
              disabled={exporting}
            >
              {t('formatXlsx')}
            </Button>
            {isAdmin && (
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
                {t('addProcessing')}
              </Button>
            )}
          </>
        }
        aside={uncovered}
        search={<SearchField label={t('searchLabel')} {...filters.bindSearch('q')} width={320} />}
        filters={
          <>
            <ToggleButtonGroup
              size="small"
              exclusive
              value={role ?? 'all'}
              onChange={(_event, value: string | null) =>
                value && filters.setFilter({ role: value === 'all' ? null : value })
              }
              aria-label={t('whoseProcessing')}
            >
              <ToggleButton value="all">{t('all')}</ToggleButton>
              <ToggleButton value="controller">{t('asController')}</ToggleButton>
              <ToggleButton value="processor">{t('asProcessor')}</ToggleButton>
            </ToggleButtonGroup>
            <FilterSwitch label={t('showArchived')} {...filters.bindSwitch('archived')} />
          </>
        }
        {...filters.frame}
        error={error}
      >
        <ListGrid
          id="processing"
          label={t('screenTitle')}
          columns={columns}
          rows={data?.rows ?? []}
          loading={isLoading}
          rowPath={(row) => `/registers/processing/${row.id}`}
          empty={<EmptyState title={values.q ? t('emptySearch') : t('emptyNone')} />}
        />
      </ListPage>
      {adding && <ActivityDialog detail={null} onClose={() => setAdding(false)} />}
    </>
  );
}
