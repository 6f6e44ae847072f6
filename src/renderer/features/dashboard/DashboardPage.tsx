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
  ToggleButton,
  ToggleButtonGroup,
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
  type DeadlineGroup,
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

const emptyWords: Record<DeadlineGroup, Record<DashboardUrgency, string>> = {
  legal: {
    overdue: 'No legal deadline is overdue.',
    dueToday: 'No legal deadline falls due today.',
    dueThisWeek: 'No legal deadline falls due in the next seven days.',
    atRisk: 'No legal deadline is at risk.',
  },
  reminder: {
    overdue: 'No work reminder is overdue.',
    dueToday: 'No work reminder falls due today.',
    dueThisWeek: 'No work reminder falls due in the next seven days.',
    atRisk: 'No work reminder is at risk.',
  },
};

/** The two kinds of dates the DPO watches, kept apart so the legal ones never drown. */
const groupWords: Record<DeadlineGroup, { label: string; about: string; empty: string }> = {
  legal: {
    label: 'Legal deadlines',
    about: 'Rights requests (Art. 12(3)) and breach notifications (Art. 33/34)',
    empty: 'The list fills itself from cases and breaches as their dates come near.',
  },
  reminder: {
    label: 'Work reminders',
    about: 'Inquiry follow-ups, agreement reviews and expiries, objection windows',
    empty: 'The list fills itself from inquiries and agreements as their dates come near.',
  },
};

const counterHelp: Record<DashboardUrgency, string> = {
  overdue: 'Legal deadlines already missed',
  dueToday: 'Legal deadlines, still open',
  dueThisWeek: 'Legal deadlines, still open',
  atRisk: 'Inside the due-soon window',
};

/** "and 281 work reminders", said the same way on every counter. */
function remindersLine(count: number): string {
  return count === 1 ? 'and 1 work reminder' : `and ${count.toLocaleString('nb-NO')} work reminders`;
}

function Counter({
  label,
  value,
  icon,
  color,
  onClick,
  help,
  also,
}: {
  label: string;
  value: number;
  icon: ReactElement;
  color: string;
  onClick?: () => void;
  help: string;
  /** A second, smaller figure of another kind (the work reminders beside the legal deadlines). */
  also?: string;
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
      <Typography variant="caption" color="text.secondary" component="p">
        {help}
      </Typography>
      {also && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ fontWeight: 600 }}>
          {also}
        </Typography>
      )}
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
  const [group, setGroup] = useState<DeadlineGroup>('legal');
  const [exportList, { isLoading: exporting }] = useExportDashboardMutation();
  const [exportError, setExportError] = useState<unknown>(null);

  const download = async (format: ExportFormat) => {
    setExportError(null);
    const result = await exportList({ urgency: tab, group, format });
    if ('data' in result && result.data) saveFile(result.data);
    else setExportError(result.error);
  };

  if (error) return <ErrorAlert error={error} />;
  const section = data?.sections.find((candidate) => candidate.urgency === tab);
  const kinds = section?.kinds.filter((list) => list.group === group) ?? [];
  const counts = data?.counters[group];

  return (
    <Stack spacing={3}>
      <Grid container spacing={2}>
        {data ? (
          <>
            {dashboardUrgencies.map((urgency) => (
              <Grid key={urgency} size={{ xs: 6, md: 4, lg: 2 }}>
                <Counter
                  label={deadlineUrgencyLabels[urgency]}
                  value={data.counters.legal[urgency]}
                  icon={urgencyLook[urgency].icon}
                  color={`${urgencyLook[urgency].color}.main`}
                  onClick={() => {
                    setTab(urgency);
                    setGroup('legal');
                  }}
                  help={counterHelp[urgency]}
                  also={remindersLine(data.counters.reminder[urgency])}
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
                label={`${deadlineUrgencyLabels[urgency]} (${(counts?.[urgency] ?? 0).toLocaleString('nb-NO')})`}
              />
            ))}
          </Tabs>
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to="/calendar" startIcon={<CalendarMonthOutlinedIcon />}>
              Calendar
            </Button>
            <ExportButtons
              onExport={(format) => void download(format)}
              disabled={exporting || kinds.length === 0}
              what="the list"
            />
          </Stack>
        </Stack>
        <Box sx={{ p: 1.5 }} role="tabpanel" aria-label={deadlineUrgencyLabels[tab]}>
          <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }}>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={group}
              onChange={(_event, value: DeadlineGroup | null) => value && setGroup(value)}
              aria-label="Which deadlines"
            >
              {(['legal', 'reminder'] as const).map((value) => (
                <ToggleButton key={value} value={value} sx={{ textTransform: 'none', px: 1.5 }}>
                  {groupWords[value].label} ({(data?.counters[value][tab] ?? 0).toLocaleString('nb-NO')})
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <Typography variant="body2" color="text.secondary">
              {groupWords[group].about}
            </Typography>
          </Stack>
          <ErrorAlert error={exportError} />
          {isLoading || !section ? (
            <Stack spacing={1}>
              {[0, 1, 2].map((index) => (
                <Skeleton key={index} variant="rounded" height={56} />
              ))}
            </Stack>
          ) : kinds.length === 0 ? (
            <EmptyState title={emptyWords[group][tab]} icon={<TaskAltIcon fontSize="inherit" />}>
              {groupWords[group].empty}
            </EmptyState>
          ) : (
            kinds.map((list) => <KindSection key={list.kind} list={list} urgency={tab} />)
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
