import { Card, CardActionArea, CardContent, Grid, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { hasAnyRole } from '../../../shared/roles';
import { screens } from '../../app/screens';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { PageHeader } from '../../components/PageHeader';

function greeting(hour: number): string {
  if (hour < 10) return 'Good morning';
  if (hour < 17) return 'Good day';
  return 'Good evening';
}

/** The start page: a greeting and one card for every screen the person's roles open. */
export function HomePage() {
  const user = useAppSelector(selectCurrentUser);
  if (!user) return null;
  const available = screens.filter(
    (screen) =>
      screen.nav &&
      screen.path !== '/' &&
      (screen.roles.length === 0 || hasAnyRole(user.roles, screen.roles)),
  );
  return (
    <>
      <PageHeader
        title={`${greeting(new Date().getHours())}, ${user.displayName.split(' ')[0]}`}
        subtitle="Privacy Desk documents every inquiry, runs rights requests to a lawful reply on time, and keeps the register of data processing agreements."
      />
      <Grid container spacing={2}>
        {available.map((screen) => (
          <Grid key={screen.path} size={{ xs: 12, sm: 6, lg: 4 }}>
            <Card sx={{ height: '100%' }}>
              <CardActionArea
                component={RouterLink}
                to={screen.path}
                sx={{ height: '100%', alignItems: 'flex-start' }}
              >
                <CardContent>
                  <Stack
                    direction="row"
                    spacing={1.5}
                    alignItems="center"
                    sx={{ mb: 1, color: 'primary.main' }}
                  >
                    {screen.nav?.icon}
                    <Typography variant="h6" component="h2" color="text.primary">
                      {screen.title}
                    </Typography>
                  </Stack>
                  <Typography variant="body2" color="text.secondary">
                    {screen.description}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
}
