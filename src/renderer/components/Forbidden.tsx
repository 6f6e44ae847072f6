import { Box, Button, Paper, Typography } from '@mui/material';
import LockPersonOutlinedIcon from '@mui/icons-material/LockPersonOutlined';
import { Link as RouterLink } from 'react-router';
import type { Role } from '../../shared/roles';
import { useLabels, useT } from '../i18n';

/** Shown when someone opens a screen their role does not allow (the core refuses the data too). */
export function Forbidden({ screen, roles }: { screen: string; roles: readonly Role[] }) {
  const t = useT('components');
  const roleLabels = useLabels('role');
  const roleWords = roles.map((role) => roleLabels[role].toLowerCase()).join(` ${t('or')} `);
  return (
    <Paper variant="outlined" sx={{ p: 5, maxWidth: 560, mx: 'auto', mt: 6, textAlign: 'center' }}>
      <Box sx={{ fontSize: 48, color: 'warning.main' }}>
        <LockPersonOutlinedIcon fontSize="inherit" />
      </Box>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('noAccessTo', { screen })}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('screenIsFor', { screen, roles: roleWords })}
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {t('backToStart')}
      </Button>
    </Paper>
  );
}
