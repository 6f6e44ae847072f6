import { Button, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useT } from '../i18n';

export function NotFoundPage() {
  const t = useT('shell');
  return (
    <Paper variant="outlined" sx={{ p: 5, maxWidth: 560, mx: 'auto', mt: 6, textAlign: 'center' }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('notFoundTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('notFoundText')}
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {t('notFoundBack')}
      </Button>
    </Paper>
  );
}
