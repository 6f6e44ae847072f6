import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { AppLogo } from '../../components/AppLogo';
import { useT } from '../../i18n';
import { LanguageButton } from '../../i18n/LanguageButton';

/** The centred card the setup, sign-in and lock screens share. */
export function AuthLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  const t = useT('auth');
  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'background.default',
        backgroundImage: 'linear-gradient(160deg, #e8eef5 0%, #f4f6f9 45%, #eaf3f1 100%)',
        p: 2,
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 440, boxShadow: '0 12px 40px rgba(16, 42, 67, 0.12)' }}>
        <CardContent sx={{ p: 4 }}>
          <Stack direction="row" spacing={1.5} alignItems="center" sx={{ mb: 3 }}>
            <AppLogo size={40} />
            <Box sx={{ flexGrow: 1 }}>
              <Typography variant="h6" component="div" lineHeight={1.2}>
                Privacy Desk
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {t('tagline')}
              </Typography>
            </Box>
            <LanguageButton />
          </Stack>
          <Typography variant="h5" component="h1" gutterBottom>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
              {subtitle}
            </Typography>
          )}
          {children}
        </CardContent>
      </Card>
    </Box>
  );
}
