import { Button, Chip, FormControlLabel, Stack, Switch, Tooltip } from '@mui/material';
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
import { ListPage } from '../../components/list/ListPage';
import { RoleChips } from '../../components/RoleChips';
import { formatDateTime } from '../../lib/format';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserFormDialog } from './UserFormDialog';
import { useListUsersQuery, useSetUserActiveMutation } from './usersApi';

function StatusChip({ user }: { user: User }) {
  if (!user.active) return <Chip size="small" label="Deactivated" variant="outlined" />;
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return (
      <Tooltip title="Too many wrong passwords. Resetting the password lifts the lock.">
        <Chip
          size="small"
          color="warning"
          label={`Locked until ${formatDateTime(user.lockedUntil).slice(11)}`}
        />
      </Tooltip>
    );
  }
  return <Chip size="small" color="success" variant="outlined" label="Active" />;
}

export function UsersPage() {
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
        active ? `${user.displayName} can sign in again.` : `${user.displayName} was deactivated.`,
        'success',
        undoable ? { label: 'Undo', run: () => void changeActive(user, !active, false) } : undefined,
      ),
    );
  };

  const columns = useMemo<ListColumn<User>[]>(
    () => [
      { field: 'displayName', headerName: 'Name', flex: 1, minWidth: 180 },
      { field: 'username', headerName: 'User name', width: 150, priority: 2 },
      {
        field: 'roles',
        headerName: 'Roles',
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
        headerName: 'Status',
        width: 170,
        renderCell: ({ row }) => <StatusChip user={row} />,
      },
      {
        field: 'lastSignInAt',
        headerName: 'Last sign-in',
        width: 150,
        priority: 1,
        valueFormatter: (value: string | null) => (value ? formatDateTime(value) : 'Never'),
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: 'Actions',
        width: 130,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="edit"
            icon={<EditOutlinedIcon />}
            label={`Edit ${row.displayName}`}
            onClick={() => setEditing(row)}
          />,
          <GridActionsCellItem
            key="reset"
            icon={<KeyOutlinedIcon />}
            label={`Reset the password of ${row.displayName}`}
            onClick={() => setResetting(row)}
          />,
          row.active ? (
            <GridActionsCellItem
              key="deactivate"
              icon={<PersonOffOutlinedIcon />}
              label={`Deactivate ${row.displayName}`}
              disabled={row.id === me?.id}
              onClick={() => setDeactivating(row)}
            />
          ) : (
            <GridActionsCellItem
              key="reactivate"
              icon={<HowToRegOutlinedIcon />}
              label={`Reactivate ${row.displayName}`}
              onClick={() => void changeActive(row, true, false)}
            />
          ),
        ],
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [me?.id],
  );

  return (
    <>
      <ListPage
        title="Users"
        subtitle="Who may sign in, and what each role may see. Users are never deleted: deactivate them instead, so the audit log keeps its names."
        actions={
          <Button
            variant="contained"
            startIcon={<PersonAddAlt1OutlinedIcon />}
            onClick={() => setAdding(true)}
          >
            Add user
          </Button>
        }
        filters={
          <FormControlLabel
            control={
              <Switch checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} />
            }
            label="Show deactivated users"
            sx={{ ml: 0.5 }}
          />
        }
        filtered={showInactive}
        onClear={() => setShowInactive(false)}
        error={error}
      >
        <ListGrid
          id="users"
          label="Users"
          columns={columns}
          rows={data ?? []}
          loading={isLoading}
          initialState={{ sorting: { sortModel: [{ field: 'displayName', sort: 'asc' }] } }}
          getRowClassName={({ row }) => (row.active ? '' : 'inactive')}
          sx={{ '& .inactive': { color: 'text.secondary' } }}
          empty={<EmptyState title="No users to show" />}
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
        title={`Deactivate ${deactivating?.displayName ?? ''}?`}
        confirmLabel="Deactivate"
        destructive
        busy={saving}
        onClose={() => setDeactivating(null)}
        onConfirm={() => {
          const user = deactivating;
          setDeactivating(null);
          if (user) void changeActive(user, false, true);
        }}
      >
        They can no longer sign in, and any open session of theirs ends. Their name stays on everything they
        did. You can reactivate them at any time.
      </ConfirmDialog>
    </>
  );
}
