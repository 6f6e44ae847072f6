import { Chip, Stack } from '@mui/material';
import { roleLabels, type Role } from '../../shared/roles';

const colors: Record<Role, 'default' | 'primary' | 'secondary'> = {
  agent: 'default',
  dpo: 'secondary',
  admin: 'primary',
};

export function RoleChips({ roles }: { roles: readonly Role[] }) {
  return (
    <Stack direction="row" spacing={0.5}>
      {roles.map((role) => (
        <Chip key={role} label={roleLabels[role]} size="small" color={colors[role]} variant="outlined" />
      ))}
    </Stack>
  );
}
