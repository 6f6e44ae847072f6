import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import GppBadOutlinedIcon from '@mui/icons-material/GppBadOutlined';
import GppGoodOutlinedIcon from '@mui/icons-material/GppGoodOutlined';
import GppMaybeOutlinedIcon from '@mui/icons-material/GppMaybeOutlined';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import ForwardToInboxOutlinedIcon from '@mui/icons-material/ForwardToInboxOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { ReactElement } from 'react';
import { currentLanguage, useLabels, useLanguage, useT } from '../../i18n';
import type { CaseStatus, CaseSummary, PossibleDuplicate } from '../../../shared/cases/contract';
import { formatList } from '../../../shared/i18n/translate';
import { type Outcome, type RequestType, requestTypes } from '../../../shared/cases/rules';
import type { CasesKey } from './text';
import { formatDate } from '../../../shared/i18n/format';
import { intlLocales, type Language } from '../../../shared/i18n/languages';

/** The title and subheader of a card on the case page: the card's heading in the page's outline. */
export { cardTitleProps } from '../../components/cardTitle';
export { Fact } from '../../components/Fact';

const weekdays = new Map<Language, Intl.DateTimeFormat>();

/**
 * "Tue 07.04.2026" / "tir. 07.04.2026": due dates always show their weekday, so a moved date is easy
 * to check. Screens call it through `useFormatDue`, in the user's language.
 */
export function formatDue(date: string, language: Language = currentLanguage()): string {
  let weekday = weekdays.get(language);
  if (!weekday) {
    weekday = new Intl.DateTimeFormat(intlLocales[language], { weekday: 'short', timeZone: 'UTC' });
    weekdays.set(language, weekday);
  }
  return `${weekday.format(new Date(`${date}T12:00:00Z`))} ${formatDate(date)}`;
}

const matchKeys = {
  email: 'matchedEmail',
  phone: 'matchedPhone',
  'name and customer': 'matchedNameAndCustomer',
} as const;

/** What a possible duplicate shares with the case: "e-mail and phone" / "e-post og telefon". */
export function useMatchedOn(): (matched: readonly PossibleDuplicate['matchedOn'][number][]) => string {
  const t = useT('cases');
  const language = useLanguage();
  return (matched) =>
    formatList(
      language,
      matched.map((key) => t(matchKeys[key])),
    );
}

/** "access and erasure" / "innsyn og sletting": request types in words, in the order of the law. */
export function useTypeList(): (types: readonly RequestType[]) => string {
  const requestTypeLabels = useLabels('requestType');
  const language = useLanguage();
  return (types) =>
    formatList(
      language,
      requestTypes
        .filter((type) => types.includes(type))
        .map((type) => requestTypeLabels[type].toLowerCase()),
    );
}

/** `formatDue` in the user's language. */
export function useFormatDue(): (date: string) => string {
  const language = useLanguage();
  return (date) => formatDue(date, language);
}

/** "12 days left", "due today", "3 days overdue", in the user's language. */
export function useDaysLeftText(): (daysLeft: number) => string {
  const t = useT('cases');
  return (daysLeft) =>
    daysLeft === 0
      ? t('dueToday')
      : daysLeft > 0
        ? t('daysLeft', { count: daysLeft })
        : t('daysOverdue', { count: -daysLeft });
}

const statusLook: Record<
  CaseStatus,
  { color: 'error' | 'warning' | 'info'; icon: ReactElement; variant: 'filled' | 'outlined' }
> = {
  overdue: { color: 'error', icon: <ErrorOutlineIcon />, variant: 'filled' },
  'due-soon': { color: 'warning', icon: <ScheduleIcon />, variant: 'filled' },
  'extension-notice-needed': {
    color: 'warning',
    icon: <EventBusyOutlinedIcon />,
    variant: 'outlined',
  },
  'to-forward': {
    color: 'warning',
    icon: <ForwardToInboxOutlinedIcon />,
    variant: 'outlined',
  },
  'awaiting-person': {
    color: 'info',
    icon: <HourglassEmptyIcon />,
    variant: 'outlined',
  },
};

/** The deadline statuses, each with an icon, a colour and a word: readable without colour. */
export function StatusChips({
  statuses,
  state,
  outcome,
  closedLate,
  size = 'small',
}: {
  statuses: readonly CaseStatus[];
  state: 'open' | 'closed';
  outcome?: Outcome | null;
  closedLate?: boolean;
  size?: 'small' | 'medium';
}) {
  const t = useT('cases');
  const caseStatusLabels = useLabels('caseStatus');
  const outcomeLabels = useLabels('outcome');
  if (state === 'closed') {
    return (
      <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
        <Chip
          size={size}
          icon={<TaskAltIcon />}
          label={outcome ? t('closedAs', { outcome: outcomeLabels[outcome].toLowerCase() }) : t('closed')}
          variant="outlined"
        />
        {closedLate && (
          <Chip
            size={size}
            color="error"
            variant="outlined"
            icon={<ErrorOutlineIcon />}
            label={t('answeredLate')}
          />
        )}
      </Stack>
    );
  }
  if (statuses.length === 0) {
    return (
      <Chip
        size={size}
        icon={<CheckCircleOutlineIcon />}
        label={t('onTrack')}
        color="success"
        variant="outlined"
      />
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {statuses.map((status) => {
        const look = statusLook[status];
        return (
          <Chip
            key={status}
            size={size}
            icon={look.icon}
            label={caseStatusLabels[status]}
            color={look.color}
            variant={look.variant}
          />
        );
      })}
    </Stack>
  );
}

export function TypeChips({
  types,
  size = 'small',
}: {
  types: readonly RequestType[];
  size?: 'small' | 'medium';
}) {
  const requestTypeLabels = useLabels('requestType');
  const requestTypeArticleLabels = useLabels('requestTypeArticle');
  const requestTypeReplyMustLabels = useLabels('requestTypeReplyMust');
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {types.map((type) => (
        <Tooltip key={type} title={`${requestTypeArticleLabels[type]}: ${requestTypeReplyMustLabels[type]}`}>
          <Chip size={size} label={requestTypeLabels[type]} variant="outlined" color="primary" />
        </Tooltip>
      ))}
    </Stack>
  );
}

const verificationLook: Record<
  CaseSummary['verification'],
  { key: CasesKey; icon: ReactElement; color: 'success' | 'error' | 'warning' | 'info' }
> = {
  verified: { key: 'verificationVerified', icon: <GppGoodOutlinedIcon fontSize="small" />, color: 'success' },
  'not-needed': {
    key: 'verificationNotNeeded',
    icon: <GppGoodOutlinedIcon fontSize="small" />,
    color: 'success',
  },
  override: {
    key: 'verificationOverride',
    icon: <GppMaybeOutlinedIcon fontSize="small" />,
    color: 'warning',
  },
  failed: { key: 'verificationFailed', icon: <GppBadOutlinedIcon fontSize="small" />, color: 'error' },
  pending: { key: 'verificationPending', icon: <GppMaybeOutlinedIcon fontSize="small" />, color: 'info' },
};

export function VerificationLabel({ value }: { value: CaseSummary['verification'] }) {
  const t = useT('cases');
  const look = verificationLook[value];
  return (
    <Stack
      direction="row"
      spacing={0.75}
      alignItems="center"
      sx={{ color: `${look.color}.main`, height: '100%' }}
    >
      {look.icon}
      <Typography variant="body2" component="span" color="text.primary">
        {t(look.key)}
      </Typography>
    </Stack>
  );
}
