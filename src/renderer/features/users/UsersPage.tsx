import { Button, Chip, Stack, Tooltip } from '@mui/material';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import PersonOffOutlinedIcon from '@mui/icons-material/PersonOffOutlined';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import { GridActionsCellItem } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import type { User } from '../../../shared/users/contract';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { FilterSwitch } from '../../components/list/FilterSwitch';
import { ListPage } from '../../components/list/ListPage';
import { RoleChips } from '../../components/RoleChips';
import { text, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserFormDialog } from './UserFormDialog';
import { useListUsersQuery, useSetUserActiveMutation } from './usersApi';

function StatusChip({ user }: { user: User }) {
  const t = useT('users');
  if (!user.active) return <Chip size="small" label={t('deactivated')} variant="outlined" />;
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return (
      <Tooltip title={t('lockedHint')}>
        <Chip
          size="small"
          color="warning"
          label={t('lockedUntil', { time: formatDateTime(user.lockedUntil).slice(11) })}
        />
      </Tooltip>
    );
  }
  return <Chip size="small" color="success" variant="outlined" label={t('active')} />;
}

export function UsersPage() {
  const t = useT('users');
  const dispatch = useAppDispatch();
  const me = useAppSelector(selectCurrentUser);
  const [showInactive, setShowInactive] = useState(true);
  const { data, isLoading, error } = useListUsersQuery({ includeInactive: showInactive });
  const [setActive, { isLoading: saving }] = useSetUserActiveMutation();
  const [editing, setEditing] = useState<User | null>(null);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);

  const changeActive = async (user: User, active: boolean, undoable: boolean) => {
    const result = await setActive({ id: user.id, active });
    if ('error' in result && result.error) {
      dispatch(notice((result.error as { message: string }).message, 'error'));
      return;
    }
    dispatch(
      notice(
        t(active ? 'canSignInAgain' : 'wasDeactivated', { name: user.displayName }),
        'success',
        undoable
          ? { label: text('common', 'undo'), run: () => void changeActive(user, !active, false) }
          : undefined,
      ),
    );
  };

  const columns = useMemo<ListColumn<User>[]>(
    () => [
      { field: 'displayName', headerName: t('name'), flex: 1, minWidth: 180 },
      { field: 'username', headerName: t('userName'), width: 150, priority: 2 },
      {
        field: 'roles',
        headerName: t('roles'),
        flex: 1.2,
        minWidth: 230,
        sortable: false,
        renderCell: ({ row }) => (
          <Stack direction="row" alignItems="center" sx={{ height: '100%' }}>
            <RoleChips roles={row.roles} />
          </Stack>
        ),
      },
      {
        field: 'active',
        headerName: t('status'),
        width: 170,
        renderCell: ({ row }) => <StatusChip user={row} />,
      },
      {
        field: 'lastSignInAt',
        headerName: t('lastSignIn'),
        width: 150,
        priority: 1,
        valueFormatter: (value: string | null) => (value ? formatDateTime(value) : t('never')),
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: t('actions'),
        width: 130,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="edit"
            icon={<EditOutlinedIcon />}
            label={t('editUser', { name: row.displayName })}
            onClick={() => setEditing(row)}
          />,
          <GridActionsCellItem
            key="reset"
            icon={<KeyOutlinedIcon />}
            label={t('resetPasswordOf', { name: row.displayName })}
            onClick={() => setResetting(row)}
          />,
          row.active ? (
            <GridActionsCellItem
              key="deactivate"
              icon={<PersonOffOutlinedIcon />}
              label={t('deactivateUser', { name: row.displayName })}
              disabled={row.id === me?.id}
              onClick={() => setDeactivating(row)}
            />
          ) : (
            <GridActionsCellItem
              key="reactivate"
              icon={<HowToRegOutlinedIcon />}
              label={t('reactivateUser', { name: row.displayName })}
              onClick={() => void changeActive(row, true, false)}
            />
          ),
        ],
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [me?.id, t],
  );

  return (
    <>
      <ListPage
        title={t('screenTitle')}
        subtitle={t('subtitle')}
        actions={
          <Button
            variant="contained"
            startIcon={<PersonAddAlt1OutlinedIcon />}
            onClick={() => setAdding(true)}
          >
            {t('addUser')}
          </Button>
        }
        filters={
          <FilterSwitch
            label={t('showDeactivated')}
            checked={showInactive}
            onChange={setShowInactive}
            sx={{ ml: 0.5 }}
          />
        }
        filtered={showInactive}
        onClear={() => setShowInactive(false)}
        error={error}
      >
        <ListGrid
          id="users"
          label={t('screenTitle')}
          columns={columns}
          rows={data ?? []}
          loading={isLoading}
          initialState={{ sorting: { sortModel: [{ field: 'displayName', sort: 'asc' }] } }}
          getRowClassName={({ row }) => (row.active ? '' : 'inactive')}
          sx={{ '& .inactive': { color: 'text.secondary' } }}
          empty={<EmptyState title={t('noUsers')} />}
        />
      </ListPage>
      {(adding || editing) && (
        <UserFormDialog
          user={editing}
          onClose={() => {
            setAdding(false);
            setEditing(null);
          }}
        />
      )}
      {resetting && <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />}
      <ConfirmDialog
        open={!!deactivating}
        title={t('deactivateTitle', { name: deactivating?.displayName ?? '' })}
        confirmLabel={t('deactivate')}
        destructive
        busy={saving}
        onClose={() => setDeactivating(null)}
        onConfirm={() => {
          const user = deactivating;
          setDeactivating(null);
          if (user) void changeActive(user, false, true);
        }}
      >
        {t('deactivateText')}
      </ConfirmDialog>
    </>
  );
}
