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
import { parseISO } from 'date-fns';
import { type ReactElement, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  type DashboardKindList,
  type DashboardUrgency,
  dashboardUrgencies,
} from '../../../shared/dashboard/contract';
import type { DeadlineGroup, DeadlineKind } from '../../../shared/deadlines/items';
import type { ExportFormat } from '../../../shared/files';
import { EmptyState } from '../../components/EmptyState';
import { ExportButtons } from '../../components/ExportButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { saveFile } from '../../lib/download';
import { formatCount, formatPattern } from '../../lib/format';
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

/*
 * The two kinds of dates the DPO watches (`group:legal`, `group:reminder` in the namespace) are
 * kept apart so the legal ones never drown.
 */

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
  const t = useT('dashboard');
  const body = (
    <CardContent>
      <Stack direction="row" spacing={1} alignItems="center" sx={{ color, mb: 0.5 }}>
        {icon}
        <Typography variant="overline" sx={{ lineHeight: 1.4 }}>
          {label}
        </Typography>
      </Stack>
      <Typography
        variant="h4"
        component="p"
        aria-label={t('counterValue', { label, value: formatCount(value) })}
      >
        {formatCount(value)}
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
  const t = useT('dashboard');
  const kind = t(`kind:${list.kind}`);
  const more = list.total - list.items.length;
  const path = fullListPath(list.kind, urgency);
  return (
    <Box
      component="section"
      aria-label={t('counterValue', { label: kind, value: formatCount(list.total) })}
      sx={{ mb: 2 }}
    >
      <Stack direction="row" spacing={1} alignItems="center" sx={{ px: 1, mb: 0.5, color: 'text.secondary' }}>
        {kindIcons[list.kind]}
        <Typography variant="subtitle2" color="text.primary">
          {t('withCount', { label: kind, count: formatCount(list.total) })}
        </Typography>
      </Stack>
      <DeadlineList items={list.items} showKind={false} />
      {more > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 0.5 }}>
          {t('more', { count: formatCount(more) })}{' '}
          {path && (
            <Link component={RouterLink} to={path}>
              {t('showAll')}
            </Link>
          )}
        </Typography>
      )}
    </Box>
  );
}

/** The DPO's home: every deadline that matters this morning, counted, listed and charted. */
export function DashboardPage() {
  const t = useT('dashboard');
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
                  label={t(`urgency:${urgency}`)}
                  value={data.counters.legal[urgency]}
                  icon={urgencyLook[urgency].icon}
                  color={`${urgencyLook[urgency].color}.main`}
                  onClick={() => {
                    setTab(urgency);
                    setGroup('legal');
                  }}
                  help={t(`help:${urgency}`)}
                  also={t('andReminders', {
                    count: data.counters.reminder[urgency],
                  })}
                />
              </Grid>
            ))}
            <Grid size={{ xs: 6, md: 4, lg: 2 }}>
              <Counter
                label={t('breachClocks')}
                value={data.counters.breachClocks}
                icon={<ReportGmailerrorredOutlinedIcon />}
                color="error.main"
                help={t('breachClocksHelp')}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 4, lg: 2 }}>
              <Counter
                label={t('extensionNotices')}
                value={data.counters.extensionNoticesNeeded}
                icon={<EventBusyOutlinedIcon />}
                color="warning.main"
                help={t('extensionNoticesHelp')}
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
            aria-label={t('deadlines')}
          >
            {dashboardUrgencies.map((urgency) => (
              <Tab
                key={urgency}
                value={urgency}
                label={t('withCount', {
                  label: t(`urgency:${urgency}`),
                  count: formatCount(counts?.[urgency] ?? 0),
                })}
              />
            ))}
          </Tabs>
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to="/calendar" startIcon={<CalendarMonthOutlinedIcon />}>
              {t('calendar')}
            </Button>
            <ExportButtons
              onExport={(format) => void download(format)}
              disabled={exporting || kinds.length === 0}
              what={t('theList')}
            />
          </Stack>
        </Stack>
        <Box sx={{ p: 1.5 }} role="tabpanel" aria-label={t(`urgency:${tab}`)}>
          <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }}>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={group}
              onChange={(_event, value: DeadlineGroup | null) => value && setGroup(value)}
              aria-label={t('whichDeadlines')}
            >
              {(['legal', 'reminder'] as const).map((value) => (
                <ToggleButton key={value} value={value} sx={{ textTransform: 'none', px: 1.5 }}>
                  {t('withCount', {
                    label: t(`group:${value}`),
                    count: formatCount(data?.counters[value][tab] ?? 0),
                  })}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <Typography variant="body2" color="text.secondary">
              {t(`about:${group}`)}
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
            <EmptyState title={t(`empty:${group}:${tab}`)} icon={<TaskAltIcon fontSize="inherit" />}>
              {t(`fills:${group}`)}
            </EmptyState>
          ) : (
            kinds.map((list) => <KindSection key={list.kind} list={list} urgency={tab} />)
          )}
        </Box>
      </Paper>

      {data && (
        <Typography variant="caption" color="text.secondary">
          {t('asOf', { at: formatPattern(parseISO(data.generatedAt), t('asOfPattern')) })}
        </Typography>
      )}
      <ChartsPanel />
    </Stack>
  );
}
