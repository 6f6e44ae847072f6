import { Button, Chip, Stack } from '@mui/material';
import AddBusinessOutlinedIcon from '@mui/icons-material/AddBusinessOutlined';
import { useMemo, useState } from 'react';
import { countryName } from '../../../shared/countries';
import type { Organisation } from '../../../shared/organisations/contract';
import { formatOrgNumber } from '../../../shared/organisations/org-number';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { TransferStatusChip } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { FilterSelect } from '../../components/list/FilterSelect';
import { FilterSwitch } from '../../components/list/FilterSwitch';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { useAddressFilters } from '../../lib/useAddressFilters';
import { OrganisationDialog } from './OrganisationDialog';
import { useOrganisationsQuery } from './organisationsApi';
import { useT } from '../../i18n';

const filterKeys = ['q', 'kind', 'inactive'] as const;

export function RelationshipChips({ organisation }: { organisation: Organisation }) {
  const t = useT('organisations');
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" sx={{ height: '100%' }}>
      {organisation.isCustomer && (
        <Chip size="small" label={t('customer')} color="primary" variant="outlined" />
      )}
      {organisation.isSupplier && (
        <Chip size="small" label={t('supplier')} color="secondary" variant="outlined" />
      )}
      {!organisation.active && <Chip size="small" label={t('inactive')} />}
    </Stack>
  );
}

export function OrganisationsPage() {
  const t = useT('organisations');
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const filters = useAddressFilters(filterKeys);
  const { values } = filters;
  const [adding, setAdding] = useState(false);
  const kind = values.kind === 'customer' || values.kind === 'supplier' ? values.kind : undefined;
  const { data, isLoading, error } = useOrganisationsQuery({
    kind,
    includeInactive: values.inactive === '1',
  });

  const rows = useMemo(() => {
    const needle = (values.q ?? '').toLowerCase();
    return (data ?? []).filter(
      (organisation) =>
        !needle ||
        [
          organisation.name,
          organisation.orgNumber ?? '',
          countryName(organisation.country),
          organisation.services ?? '',
        ]
          .join(' ')
          .toLowerCase()
          .includes(needle),
    );
  }, [data, values.q]);

  const columns = useMemo<ListColumn<Organisation>[]>(
    () => [
      { field: 'name', headerName: t('colName'), flex: 1.2, minWidth: 200 },
      {
        field: 'orgNumber',
        headerName: t('colOrgNumber'),
        width: 140,
        priority: 2,
        valueFormatter: (value: string | null, row) =>
          value && row.country === 'NO' ? formatOrgNumber(value) : (value ?? ''),
      },
      {
        field: 'country',
        headerName: t('colCountry'),
        width: 230,
        renderCell: ({ row }) => (
          <Stack direction="row" spacing={1} alignItems="center" sx={{ height: '100%' }}>
            <span>{countryName(row.country)}</span>
            <TransferStatusChip country={row.country} />
          </Stack>
        ),
      },
      {
        field: 'relationship',
        headerName: t('colRelationship'),
        width: 190,
        sortable: false,
        renderCell: ({ row }) => <RelationshipChips organisation={row} />,
      },
      {
        field: 'privacyContactEmail',
        headerName: t('colPrivacyContact'),
        flex: 1,
        minWidth: 200,
        priority: 1,
      },
    ],
    [t],
  );

  return (
    <>
      <ListPage
        title={t('screenTitle')}
        subtitle={t('listSubtitle')}
        actions={
          isAdmin && (
            <Button
              variant="contained"
              startIcon={<AddBusinessOutlinedIcon />}
              onClick={() => setAdding(true)}
            >
              {t('addOrganisation')}
            </Button>
          )
        }
        search={<SearchField label={t('searchLabel')} {...filters.bindSearch('q')} width={340} />}
        filters={
          <>
            <FilterSelect
              label={t('filterRelationship')}
              {...filters.bind('kind')}
              options={[
                { value: 'customer', label: t('customers') },
                { value: 'supplier', label: t('suppliers') },
              ]}
              anyLabel={t('all')}
              width={180}
            />
            <FilterSwitch label={t('showInactive')} {...filters.bindSwitch('inactive')} />
          </>
        }
        {...filters.frame}
        error={error}
      >
        <ListGrid
          id="organisations"
          label={t('screenTitle')}
          columns={columns}
          rows={rows}
          loading={isLoading}
          rowPath={(row) => `/registers/organisations/${row.id}`}
          initialState={{ sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
          empty={
            <EmptyState title={values.q ? t('emptySearch') : t('emptyNone')}>
              {isAdmin && !values.q ? t('emptyHint') : undefined}
            </EmptyState>
          }
        />
      </ListPage>
      {adding && <OrganisationDialog organisation={null} onClose={() => setAdding(false)} />}
    </>
  );
}
