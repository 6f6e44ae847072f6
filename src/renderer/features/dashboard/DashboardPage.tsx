import {
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Link,
  Paper,
  Skeleton,
  Stack,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import CalendarMonthOutlinedIcon from '@mui/icons-material/CalendarMonthOutlined';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { format, parseISO } from 'date-fns';
import { type ReactElement, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  type DashboardKindList,
  type DashboardUrgency,
  dashboardUrgencies,
} from '../../../shared/dashboard/contract';
import {
  type DeadlineKind,
  deadlineKindLabels,
  deadlineUrgencyLabels,
} from '../../../shared/deadlines/items';
import type { ExportFormat } from '../../../shared/files';
import { EmptyState } from '../../components/EmptyState';
import { ExportButtons } from '../../components/ExportButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../lib/download';
import { ChartsPanel } from './ChartsPanel';
import { useDashboardOverviewQuery, useExportDashboardMutation } from './dashboardApi';
import { DeadlineList, kindIcons, urgencyLook } from './deadlineUi';

/** Where "show all" leads for a kind of deadline: the feature's own list, filtered. */
function fullListPath(kind: DeadlineKind, urgency: DashboardUrgency): string | null {
  switch (kind) {
    case 'case':
      return urgency === 'overdue' ? '/cases?status=overdue' : '/cases?status=due-soon';
    case 'inquiry':
      return '/inquiries?followUp=due';
    case 'breach':
      return urgency === 'overdue' ? '/breaches?clock=overdue' : '/breaches?clock=running';
    case 'agreement':
    case 'objection':
      return '/registers/agreements?due=any';
  }
}

const emptyWords: Record<DashboardUrgency, string> = {
  overdue: 'Nothing is overdue.',
  dueToday: 'Nothing falls due today.',
  dueThisWeek: 'Nothing falls due in the next seven days.',
  atRisk: 'Nothing is at risk.',
};

function Counter({
  label,
  value,
  icon,
  color,
  onClick,
  help,
}: {
  label: string;
  value: number;
  icon: ReactElement;
  color: string;
  onClick?: () => void;
  help: string;
}) {
  const body = (
    <CardContent>
      <Stack direction="row" spacing={1} alignItems="center" sx={{ color, mb: 0.5 }}>
        {icon}
        <Typography variant="overline" sx={{ lineHeight: 1.4 }}>
          {label}
        </Typography>
      </Stack>
      <Typography variant="h4" component="p" aria-label={`${label}: ${value}`}>
        {value.toLocaleString('nb-NO')}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {help}
      </Typography>
    </CardContent>
  );
  return (
    <Card sx={{ height: '100%', borderTop: 3, borderColor: color }}>
      {onClick ? (
        <CardActionArea onClick={onClick} sx={{ height: '100%', alignItems: 'flex-start' }}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
}

function KindSection({ list, urgency }: { list: DashboardKindList; urgency: DashboardUrgency }) {
  const more = list.total - list.items.length;
  const path = fullListPath(list.kind, urgency);
  return (
    <Box component="section" aria-label={`${deadlineKindLabels[list.kind]}: ${list.total}`} sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} alignItems="center" sx={{ px: 1, mb: 0.5, color: 'text.secondary' }}>
        {kindIcons[list.kind]}
        <Typography variant="subtitle2" color="text.primary">
          {deadlineKindLabels[list.kind]} ({list.total.toLocaleString('nb-NO')})
        </Typography>
      </Stack>
      <DeadlineList items={list.items} showKind={false} />
      {more > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 0.5 }}>
          {more.toLocaleString('nb-NO')} more.{' '}
          {path && (
            <Link component={RouterLink} to={path}>
              Show all
            </Link>
          )}
        </Typography>
      )}
    </Box>
  );
}

/** The DPO's home: every deadline that matters this morning, counted, listed and charted. */
export function DashboardPage() {
  const { data, error, isLoading } = useDashboardOverviewQuery(
    {},
    { pollingInterval: 60_000, refetchOnMountOrArgChange: true },
  );
  const [tab, setTab] = useState<DashboardUrgency>('overdue');
  const [exportList, { isLoading: exporting }] = useExportDashboardMutation();
  const [exportError, setExportError] = useState<unknown>(null);

  const download = async (format: ExportFormat) => {
    setExportError(null);
    const result = await exportList({ urgency: tab, format });
    if ('data' in result && result.data) saveFile(result.data);
    else setExportError(result.error);
  };

  if (error) return <ErrorAlert error={error as never} />;
  const section = data?.sections.find((candidate) => candidate.urgency === tab);

  return (
    <Stack spacing={3}>
      <Grid container spacing={2}>
        {data ? (
          <>
            {dashboardUrgencies.map((urgency) => (
              <Grid key={urgency} size={{ xs: 6, md: 4, lg: 2 }}>
                <Counter
                  label={deadlineUrgencyLabels[urgency]}
                  value={data.counters[urgency]}
                  icon={urgencyLook[urgency].icon}
                  color={`${urgencyLook[urgency].color}.main`}
                  onClick={() => setTab(urgency)}
                  help={
                    urgency === 'atRisk'
                      ? 'Inside the due-soon window, or expiring soon'
                      : urgency === 'overdue'
                        ? 'Deadlines already missed'
                        : 'Still open'
                  }
                />
              </Grid>
            ))}
            <Grid size={{ xs: 6, md: 4, lg: 2 }}>
              <Counter
                label="Breach clocks"
                value={data.counters.breachClocks}
                icon={<ReportGmailerrorredOutlinedIcon />}
                color="error.main"
                help="Notifications still to be made"
              />
            </Grid>
            <Grid size={{ xs: 6, md: 4, lg: 2 }}>
              <Counter
                label="Extension notices"
                value={data.counters.extensionNoticesNeeded}
                icon={<EventBusyOutlinedIcon />}
                color="warning.main"
                help="Cases to extend now or answer in time"
              />
            </Grid>
          </>
        ) : (
          Array.from({ length: 6 }, (_, index) => (
            <Grid key={index} size={{ xs: 6, md: 4, lg: 2 }}>
              <Skeleton variant="rounded" height={128} />
            </Grid>
          ))
        )}
      </Grid>

      <Paper variant="outlined">
        <Stack
          direction="row"
          alignItems="center"
          justifyContent="space-between"
          sx={{ borderBottom: 1, borderColor: 'divider', pr: 1 }}
        >
          <Tabs
            value={tab}
            onChange={(_event, value: DashboardUrgency) => setTab(value)}
            aria-label="Deadlines"
          >
            {dashboardUrgencies.map((urgency) => (
              <Tab
                key={urgency}
                value={urgency}
                label={`${deadlineUrgencyLabels[urgency]} (${(data?.counters[urgency] ?? 0).toLocaleString('nb-NO')})`}
              />
            ))}
          </Tabs>
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to="/calendar" startIcon={<CalendarMonthOutlinedIcon />}>
              Calendar
            </Button>
            <ExportButtons
              onExport={(format) => void download(format)}
              disabled={exporting || !section?.total}
              what="the list"
            />
          </Stack>
        </Stack>
        <Box sx={{ p: 1.5 }} role="tabpanel" aria-label={deadlineUrgencyLabels[tab]}>
          <ErrorAlert error={exportError as never} />
          {isLoading || !section ? (
            <Stack spacing={1}>
              {[0, 1, 2].map((index) => (
                <Skeleton key={index} variant="rounded" height={56} />
              ))}
            </Stack>
          ) : section.kinds.length === 0 ? (
            <EmptyState title={emptyWords[tab]} icon={<TaskAltIcon fontSize="inherit" />}>
              The list fills itself from cases, breaches, agreements and inquiries as their dates come near.
            </EmptyState>
          ) : (
            section.kinds.map((list) => <KindSection key={list.kind} list={list} urgency={tab} />)
          )}
        </Box>
      </Paper>

      {data && (
        <Typography variant="caption" color="text.secondary">
          As of {format(parseISO(data.generatedAt), 'EEEE d MMMM yyyy, HH:mm')}; refreshed every minute.
        </Typography>
      )}
      <ChartsPanel />
    </Stack>
  );
}
