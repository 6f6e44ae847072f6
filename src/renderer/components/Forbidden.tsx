import { Box, Button, Paper, Typography } from '@mui/material';
import LockPersonOutlinedIcon from '@mui/icons-material/LockPersonOutlined';
import { Link as RouterLink } from 'react-router';
import { roleLabels, type Role } from '../../shared/roles';

/** Shown when someone opens a screen their role does not allow (the core refuses the data too). */
export function Forbidden({ screen, roles }: { screen: string; roles: readonly Role[] }) {
  return (
    <Paper variant="outlined" sx={{ p: 5, maxWidth: 560, mx: 'auto', mt: 6, textAlign: 'center' }}>
      <Box sx={{ fontSize: 48, color: 'warning.main' }}>
        <LockPersonOutlinedIcon fontSize="inherit" />
      </Box>
      <Typography variant="h5" component="h1" gutterBottom>
        No access to {screen}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {screen} is for the role of {roles.map((role) => roleLabels[role].toLowerCase()).join(' or ')}. Ask an
        administrator if your work needs it.
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        Back to the start page
      </Button>
    </Paper>
  );
}
