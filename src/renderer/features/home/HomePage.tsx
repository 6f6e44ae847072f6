import { Stack, Typography } from '@mui/material';
import { format } from 'date-fns';
import { hasAnyRole } from '../../../shared/roles';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { PageHeader } from '../../components/PageHeader';
import { DashboardPage } from '../dashboard/DashboardPage';
import { AgentHome } from './AgentHome';

function greeting(hour: number): string {
  if (hour < 10) return 'Good morning';
  if (hour < 17) return 'Good day';
  return 'Good evening';
}

/**
 * The start page: the DPO's (and administrators') deadline dashboard, and for agents their own open
 * inquiries and follow-ups. Someone with both roles sees both.
 */
export function HomePage() {
  const user = useAppSelector(selectCurrentUser);
  if (!user) return null;
  const now = new Date();
  const dashboard = hasAnyRole(user.roles, ['dpo', 'admin']);
  const agent = user.roles.includes('agent');
  return (
    <>
      <PageHeader
        title={`${greeting(now.getHours())}, ${user.displayName.split(' ')[0]}`}
        subtitle={`${format(now, 'EEEE d MMMM yyyy')}. ${
          dashboard
            ? 'Every deadline that matters: rights requests, breach clocks, agreement reviews and follow-ups.'
            : 'Your inquiries and the follow-ups that are due.'
        }`}
      />
      <Stack spacing={4}>
        {dashboard && <DashboardPage />}
        {agent && (
          <Stack spacing={1}>
            {dashboard && (
              <Typography variant="h6" component="h2">
                Your inquiries
              </Typography>
            )}
            <AgentHome userId={user.id} />
          </Stack>
        )}
      </Stack>
    </>
  );
}
