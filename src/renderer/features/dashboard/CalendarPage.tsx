import {
  Alert,
  Box,
  Button,
  ButtonBase,
  IconButton,
  Paper,
  Skeleton,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { addDays, addMonths, format, getISODay, parseISO, startOfISOWeek } from 'date-fns';
import { useNavigate } from 'react-router';
import type { DashboardCalendar } from '../../../shared/dashboard/contract';
import { holiday as holidayNames, type HolidayKey } from '../../../shared/i18n/resources/labels';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLabels, useSay, useT } from '../../i18n';
import { formatCount, formatPattern } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { useDashboardCalendarQuery } from './dashboardApi';
import { DeadlineList, kindIcons, urgencyLook } from './deadlineUi';

const keys = ['month', 'day'] as const;
/** Monday to Sunday of any week, for the weekday names in the person's language. */
const week = Array.from({ length: 7 }, (_, index) => addDays(startOfISOWeek(new Date(2026, 0, 5)), index));

/** The core names a holiday in English; its key gives the name in the person's language. */
const holidayKeyByName = new Map(
  Object.entries(holidayNames.en).map(([key, name]) => [name, key as HolidayKey]),
);
const shownPerDay = 3;

type Day = DashboardCalendar['days'][number];

function DayCell({
  day,
  today,
  selected,
  onSelect,
}: {
  day: Day;
  today: string;
  selected: boolean;
  onSelect: () => void;
}) {
  const t = useT('dashboard');
  const say = useSay();
  const holidays = useLabels('holiday');
  const holidayKey = day.holiday ? holidayKeyByName.get(day.holiday) : undefined;
  const holiday = holidayKey ? holidays[holidayKey] : day.holiday;
  const navigate = useNavigate();
  const date = parseISO(day.date);
  const weekend = getISODay(date) >= 6;
  return (
    <Box
      sx={{
        minHeight: 116,
        minWidth: 0,
        p: 0.75,
        borderRight: 1,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: selected ? 'action.selected' : weekend || day.holiday ? 'grey.50' : 'background.paper',
      }}
    >
      <ButtonBase
        onClick={onSelect}
        aria-label={t('dayLabel', { day: formatPattern(date, t('dayPattern')), count: day.items.length })}
        sx={{
          borderRadius: '50%',
          width: 28,
          height: 28,
          fontWeight: 600,
          fontSize: 13,
          ...(day.date === today ? { bgcolor: 'primary.main', color: 'primary.contrastText' } : {}),
        }}
      >
        {format(date, 'd')}
      </ButtonBase>
      {holiday && (
        <Tooltip title={holiday}>
          <Typography
            variant="caption"
            color="error.dark"
            noWrap
            sx={{ ml: 0.5, display: 'inline-block', maxWidth: 'calc(100% - 36px)', verticalAlign: 'middle' }}
          >
            {holiday}
          </Typography>
        </Tooltip>
      )}
      <Stack spacing={0.25} sx={{ mt: 0.25 }}>
        {day.items.slice(0, shownPerDay).map((item) => (
          <Tooltip
            key={item.key}
            title={t('itemTip', {
              kind: t(`kind:${item.kind}`),
              title: say(item.titleText),
              detail: say(item.detailText),
            })}
          >
            <ButtonBase
              onClick={() => void navigate(item.path)}
              sx={{
                display: 'flex',
                width: '100%',
                minWidth: 0,
                justifyContent: 'flex-start',
                gap: 0.5,
                px: 0.5,
                borderRadius: 0.5,
                fontSize: 12,
                textAlign: 'left',
                color: `${urgencyLook[item.urgency].color === 'default' ? 'text' : urgencyLook[item.urgency].color}.main`,
                '& svg': { fontSize: 14, flexShrink: 0 },
                '&:hover': { bgcolor: 'action.hover' },
              }}
            >
              {kindIcons[item.kind]}
              <Box
                component="span"
                data-core-text
                sx={{
                  minWidth: 0,
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                  color: 'text.primary',
                }}
              >
                {say(item.titleText)}
              </Box>
            </ButtonBase>
          </Tooltip>
        ))}
        {day.items.length > shownPerDay && (
          <ButtonBase
            onClick={onSelect}
            sx={{ justifyContent: 'flex-start', px: 0.5, fontSize: 12, color: 'primary.main' }}
          >
            {t('moreInDay', { count: formatCount(day.items.length - shownPerDay) })}
          </ButtonBase>
        )}
      </Stack>
    </Box>
  );
}

/** Every deadline of a month on its day: cases, breach clocks, agreement reviews, objection windows, follow-ups. */
export function CalendarPage() {
  const t = useT('dashboard');
  const [state, setState] = useSearchState(keys);
  // Without a month in the address, the core shows its current month (the office's "today").
  const asked = state.month && /^\d{4}-(0[1-9]|1[0-2])$/.test(state.month) ? state.month : undefined;
  const { data, error, isFetching } = useDashboardCalendarQuery(asked ? { month: asked } : {}, {
    refetchOnMountOrArgChange: true,
  });
  const month = asked ?? data?.month;
  const go = (months: number) => {
    if (month) setState({ month: format(addMonths(parseISO(`${month}-01`), months), 'yyyy-MM'), day: null });
  };
  const selected = data?.days.find((day) => day.date === state.day) ?? null;
  const lead = data ? getISODay(parseISO(data.days[0]!.date)) - 1 : 0;

  return (
    <>
      <PageHeader
        title={t('calendarTitle')}
        subtitle={t('calendarSubtitle')}
        actions={
          <>
            <Button onClick={() => setState({ month: null, day: null })} disabled={!asked}>
              {t('thisMonth')}
            </Button>
          </>
        }
      />
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }}>
        <IconButton aria-label={t('previousMonth')} onClick={() => go(-1)}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="h6" component="h2" sx={{ minWidth: 180, textAlign: 'center' }}>
          {month ? formatPattern(parseISO(`${month}-01`), t('monthYearPattern')) : ''}
        </Typography>
        <IconButton aria-label={t('nextMonth')} onClick={() => go(1)}>
          <ChevronRightIcon />
        </IconButton>
        {data && (
          <Typography variant="body2" color="text.secondary">
            {t('deadlineCount', { count: data.total })}
          </Typography>
        )}
      </Stack>
      <ErrorAlert error={error} />
      {data?.truncated && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {t('truncated')}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ overflow: 'hidden', opacity: isFetching ? 0.6 : 1 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', borderLeft: 0 }}>
          {week.map((weekday) => (
            <Typography
              key={weekday.getDay()}
              variant="caption"
              sx={{
                px: 1,
                py: 0.5,
                fontWeight: 600,
                borderBottom: 1,
                borderRight: 1,
                borderColor: 'divider',
                bgcolor: 'grey.100',
              }}
            >
              {formatPattern(weekday, t('weekdayPattern'))}
            </Typography>
          ))}
          {data ? (
            <>
              {Array.from({ length: lead }, (_, index) => (
                <Box
                  key={`lead-${index}`}
                  sx={{ borderRight: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'grey.50' }}
                />
              ))}
              {data.days.map((day) => (
                <DayCell
                  key={day.date}
                  day={day}
                  today={data.today}
                  selected={day.date === state.day}
                  onSelect={() => setState({ day: day.date === state.day ? null : day.date })}
                />
              ))}
            </>
          ) : (
            Array.from({ length: 35 }, (_, index) => (
              <Skeleton key={index} variant="rectangular" height={116} sx={{ m: 0.25 }} />
            ))
          )}
        </Box>
      </Paper>
      {selected && (
        <Paper variant="outlined" sx={{ mt: 2, p: 1.5 }} component="section" aria-label={t('deadlinesOfDay')}>
          <Typography variant="subtitle1" component="h2" sx={{ px: 1 }}>
            {formatPattern(parseISO(selected.date), t('longDayPattern'))}
          </Typography>
          {selected.items.length === 0 ? (
            <EmptyState title={t('nothingThatDay')} />
          ) : (
            <DeadlineList items={selected.items} />
          )}
        </Paper>
      )}
    </>
  );
}
