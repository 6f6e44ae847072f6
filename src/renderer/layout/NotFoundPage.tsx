import { Button, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';

export function NotFoundPage() {
  return (
    <Paper variant="outlined" sx={{ p: 5, maxWidth: 560, mx: 'auto', mt: 6, textAlign: 'center' }}>
      <Typography variant="h5" component="h1" gutterBottom>
        This page does not exist
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        The link may be out of date.
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        Back to the start page
      </Button>
    </Paper>
  );
}
