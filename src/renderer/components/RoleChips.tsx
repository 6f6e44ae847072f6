import { Chip, Stack } from '@mui/material';
import type { Role } from '../../shared/roles';
import { useLabels } from '../i18n';

const colors: Record<Role, 'default' | 'primary' | 'secondary'> = {
  agent: 'default',
  dpo: 'secondary',
  admin: 'primary',
};

export function RoleChips({ roles }: { roles: readonly Role[] }) {
  const roleLabels = useLabels('role');
  return (
    <Stack direction="row" spacing={0.5}>
      {roles.map((role) => (
        <Chip key={role} label={roleLabels[role]} size="small" color={colors[role]} variant="outlined" />
      ))}
    </Stack>
  );
}
