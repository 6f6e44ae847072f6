import { Button, Chip, FormControlLabel, Stack, Switch } from '@mui/material';
import AddBusinessOutlinedIcon from '@mui/icons-material/AddBusinessOutlined';
import { useMemo, useState } from 'react';
import { countryName } from '../../../shared/countries';
import type { Organisation } from '../../../shared/organisations/contract';
import { formatOrgNumber } from '../../../shared/organisations/org-number';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { TransferStatusChip } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { FilterSelect } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { useSearchState } from '../../lib/useSearchState';
import { OrganisationDialog } from './OrganisationDialog';
import { useOrganisationsQuery } from './organisationsApi';

const filterKeys = ['q', 'kind', 'inactive'] as const;

export function RelationshipChips({ organisation }: { organisation: Organisation }) {
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" sx={{ height: '100%' }}>
      {organisation.isCustomer && <Chip size="small" label="Customer" color="primary" variant="outlined" />}
      {organisation.isSupplier && <Chip size="small" label="Supplier" color="secondary" variant="outlined" />}
      {!organisation.active && <Chip size="small" label="Inactive" />}
    </Stack>
  );
}

export function OrganisationsPage() {
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const [filters, setFilters] = useSearchState(filterKeys);
  const [adding, setAdding] = useState(false);
  const kind = filters.kind === 'customer' || filters.kind === 'supplier' ? filters.kind : undefined;
  const { data, isLoading, error } = useOrganisationsQuery({
    kind,
    includeInactive: filters.inactive === '1',
  });

  const rows = useMemo(() => {
    const needle = (filters.q ?? '').toLowerCase();
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
  }, [data, filters.q]);

  const columns = useMemo<ListColumn<Organisation>[]>(
    () => [
      { field: 'name', headerName: 'Name', flex: 1.2, minWidth: 200 },
      {
        field: 'orgNumber',
        headerName: 'Org. number',
        width: 140,
        priority: 2,
        valueFormatter: (value: string | null, row) =>
          value && row.country === 'NO' ? formatOrgNumber(value) : (value ?? ''),
      },
      {
        field: 'country',
        headerName: 'Country',
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
        headerName: 'Relationship',
        width: 190,
        sortable: false,
        renderCell: ({ row }) => <RelationshipChips organisation={row} />,
      },
      { field: 'privacyContactEmail', headerName: 'Privacy contact', flex: 1, minWidth: 200, priority: 1 },
    ],
    [],
  );

  return (
    <>
      <ListPage
        title="Customers and suppliers"
        subtitle="The companies we process personal data for, and the suppliers who process personal data for us."
        actions={
          isAdmin && (
            <Button
              variant="contained"
              startIcon={<AddBusinessOutlinedIcon />}
              onClick={() => setAdding(true)}
            >
              Add organisation
            </Button>
          )
        }
        search={
          <SearchField
            label="Search name, number, country or services"
            value={filters.q}
            onSearch={(q) => setFilters({ q })}
            width={340}
          />
        }
        filters={
          <>
            <FilterSelect
              label="Relationship"
              value={filters.kind}
              options={[
                { value: 'customer', label: 'Customers' },
                { value: 'supplier', label: 'Suppliers' },
              ]}
              onChange={(value) => setFilters({ kind: value })}
              anyLabel="All"
              width={180}
            />
            <FormControlLabel
              control={
                <Switch
                  checked={filters.inactive === '1'}
                  onChange={(event) => setFilters({ inactive: event.target.checked ? '1' : null })}
                />
              }
              label="Show inactive"
            />
          </>
        }
        filtered={Object.keys(filters).length > 0}
        onClear={() => setFilters({ q: null, kind: null, inactive: null })}
        error={error}
      >
        <ListGrid
          id="organisations"
          label="Customers and suppliers"
          columns={columns}
          rows={rows}
          loading={isLoading}
          rowPath={(row) => `/registers/organisations/${row.id}`}
          initialState={{ sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
          empty={
            <EmptyState
              title={filters.q ? 'No organisation matches the search' : 'No customers or suppliers yet'}
            >
              {isAdmin && !filters.q
                ? 'Add the companies you work for and the suppliers you use.'
                : undefined}
            </EmptyState>
          }
        />
      </ListPage>
      {adding && <OrganisationDialog organisation={null} onClose={() => setAdding(false)} />}
    </>
  );
}
