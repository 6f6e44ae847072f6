import { Stack, Typography } from '@mui/material';
import { hasAnyRole } from '../../../shared/roles';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { formatPattern } from '../../lib/format';
import { DashboardPage } from '../dashboard/DashboardPage';
import { AgentHome } from './AgentHome';

function greeting(hour: number) {
  if (hour < 10) return 'goodMorning';
  if (hour < 17) return 'goodDay';
  return 'goodEvening';
}

/**
 * The start page: the DPO's (and administrators') deadline dashboard, and for agents their own open
 * inquiries and follow-ups. Someone with both roles sees both.
 */
export function HomePage() {
  const t = useT('home');
  const user = useAppSelector(selectCurrentUser);
  if (!user) return null;
  const now = new Date();
  const dashboard = hasAnyRole(user.roles, ['dpo', 'admin']);
  const agent = user.roles.includes('agent');
  return (
    <>
      <PageHeader
        title={t(greeting(now.getHours()), { name: user.displayName.split(' ')[0] })}
        subtitle={`${formatPattern(now, t('datePattern'))}. ${dashboard ? t('dashboardIntro') : t('agentIntro')}`}
      />
      <Stack spacing={4}>
        {dashboard && <DashboardPage />}
        {agent && (
          <Stack spacing={1}>
            {dashboard && (
              <Typography variant="h6" component="h2">
                {t('yourInquiries')}
              </Typography>
            )}
            <AgentHome userId={user.id} />
          </Stack>
        )}
      </Stack>
    </>
  );
}
