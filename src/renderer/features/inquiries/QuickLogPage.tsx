import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import PhoneInTalkOutlinedIcon from '@mui/icons-material/PhoneInTalkOutlined';
import ReplayIcon from '@mui/icons-material/Replay';
import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { FormError, useChannelForm } from '../../components/form';
import { PageHeader } from '../../components/PageHeader';
import { useLabels, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { CallerHistoryPanel } from './CallerHistoryPanel';
import { InquiryForm } from './InquiryForm';
import { emptyInquiryForm, inquiryForm } from './inquiryFormSchema';
import { useCreateInquiryMutation, useInquiriesQuery, useInquiryDefaultsQuery } from './inquiriesApi';
import { OpenCaseDialog } from './OpenCaseDialog';

/** What the last save left: the notice stays on the screen until dismissed or the next save. */
interface Saved {
  inquiry: InquiryDetail;
  caseNumber?: string;
}

function clock(seconds: number): string {
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The agents' main screen: every field reachable with Tab, Enter saves, and a fresh form is ready at
 * once. For a phone call a timer runs from the moment the form opens and its length is saved.
 */
export function QuickLogPage() {
  // The core's clock decides "now" (the received time may not be in its future); fetched afresh each visit.
  const t = useT('inquiries');
  const { data } = useInquiryDefaultsQuery({}, { refetchOnMountOrArgChange: true });
  return data ? (
    <QuickLog coreNowAtLoad={data.now} />
  ) : (
    <Typography color="text.secondary">{t('preparing')}</Typography>
  );
}

function QuickLog({ coreNowAtLoad }: { coreNowAtLoad: string }) {
  const navigate = useNavigate();
  const t = useT('inquiries');
  const channelLabels = useLabels('inquiryChannel');
  const categoryLabels = useLabels('inquiryCategory');
  const userId = useAppSelector(selectCurrentUser)?.id ?? null;
  const [offset] = useState(() => Date.parse(coreNowAtLoad) - Date.now());
  const coreNow = () => new Date(Date.now() + offset).toISOString();
  const [create] = useCreateInquiryMutation();
  const { control, handleSubmit, reset, watch, formState, formError, setFormError, settle } = useChannelForm(
    inquiryForm,
    emptyInquiryForm(coreNowAtLoad, userId),
  );
  const [channel, category, phone, email] = watch(['channel', 'category', 'personPhone', 'personEmail']);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [elapsed, setElapsed] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [openingCase, setOpeningCase] = useState<InquiryDetail | null>(null);
  const form = useRef<HTMLFormElement>(null);
  /** Back to the form's first field once the case dialog closes: the saved notice is one Shift+Tab up. */
  const backToForm = () =>
    window.setTimeout(() => form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), 0);
  const { data: recent } = useInquiriesQuery(
    userId ? { assignedToId: userId, pageSize: 6, sort: 'receivedAt', direction: 'desc' } : { pageSize: 6 },
  );

  useEffect(() => {
    const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - startedAt) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);

  const restart = () => {
    setStartedAt(Date.now());
    setElapsed(0);
  };

  /** A fresh form, focused on its first field (remounted), with the timer from zero. */
  const startOver = () => {
    reset(emptyInquiryForm(coreNow(), userId));
    setFormError(null);
    restart();
    setGeneration((value) => value + 1);
  };

  /** Saves the inquiry; `thenOpenCase` goes on to open a case from it (a rights request). */
  const save = (thenOpenCase: boolean) =>
    handleSubmit(async (values) => {
      const callSeconds = values.channel === 'phone' ? Math.floor((Date.now() - startedAt) / 1000) : null;
      const result = settle(await create({ ...values, callSeconds }));
      if (!result.ok || !result.data) return;
      setSaved({ inquiry: result.data });
      if (thenOpenCase) setOpeningCase(result.data);
      startOver();
    });

  return (
    <>
      <PageHeader title={t('quickLogTitle')} subtitle={t('quickLogSubtitle')} />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} alignItems="flex-start">
        <Paper
          variant="outlined"
          component="form"
          ref={form}
          aria-label={t('logForm')}
          noValidate
          sx={{ p: 2.5, flex: 1, maxWidth: 860 }}
          onSubmit={(event) => void save(false)(event)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (!formState.isSubmitting) void save(event.shiftKey && category === 'rights-request')();
            }
          }}
        >
          {saved && (
            <Alert
              severity="success"
              role="status"
              sx={{ mb: 2 }}
              action={
                <Stack direction="row" spacing={0.5} alignItems="center">
                  <Button
                    color="inherit"
                    size="small"
                    onClick={() => void navigate(`/inquiries/${saved.inquiry.id}`)}
                  >
                    {t('openNumber', { number: saved.inquiry.number })}
                  </Button>
                  {saved.inquiry.category === 'rights-request' && !saved.caseNumber && (
                    <Button color="inherit" size="small" onClick={() => setOpeningCase(saved.inquiry)}>
                      {t('openCaseFromIt')}
                    </Button>
                  )}
                  <IconButton
                    size="small"
                    color="inherit"
                    aria-label={t('dismiss')}
                    onClick={() => setSaved(null)}
                  >
                    <CloseIcon fontSize="small" />
                  </IconButton>
                </Stack>
              }
            >
              {saved.caseNumber
                ? t('caseOpened', { number: saved.inquiry.number, caseNumber: saved.caseNumber })
                : t('saved', { number: saved.inquiry.number })}
            </Alert>
          )}
          {channel === 'phone' && (
            <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }}>
              <Chip
                icon={<PhoneInTalkOutlinedIcon />}
                color="primary"
                variant="outlined"
                label={<span aria-live="off">{t('call', { time: clock(elapsed) })}</span>}
                aria-label={t('callLength', { time: clock(elapsed) })}
              />
              <Button size="small" startIcon={<ReplayIcon />} onClick={restart} tabIndex={-1}>
                {t('restartTimer')}
              </Button>
            </Stack>
          )}
          <FormError message={formError} />
          <InquiryForm key={generation} control={control} autoFocus />
          <Stack direction="row" spacing={1} justifyContent="flex-end" sx={{ mt: 2 }}>
            <Button onClick={startOver}>{t('clear')}</Button>
            {category === 'rights-request' && (
              <Button
                variant="outlined"
                startIcon={<GavelOutlinedIcon />}
                disabled={formState.isSubmitting}
                onClick={() => void save(true)()}
              >
                {t('saveAndOpenCase')}
              </Button>
            )}
            <Button
              type="submit"
              variant="contained"
              startIcon={<SaveOutlinedIcon />}
              disabled={formState.isSubmitting}
            >
              {t('saveEnter')}
            </Button>
          </Stack>
        </Paper>
        <Stack spacing={2} sx={{ width: { xs: '100%', lg: 340 }, flexShrink: 0 }}>
          <CallerHistoryPanel phone={phone ?? ''} email={email ?? ''} />
          <Paper variant="outlined">
            <Typography variant="subtitle1" component="h2" sx={{ px: 2, pt: 1.5 }}>
              {t('assignedToMe')}
            </Typography>
            {recent && recent.rows.length > 0 ? (
              <List dense>
                {recent.rows.map((row) => (
                  <ListItem key={row.id} disablePadding>
                    <ListItemButton onClick={() => void navigate(`/inquiries/${row.id}`)}>
                      <ListItemText
                        primary={row.summary}
                        secondary={`${row.number} · ${channelLabels[row.channel]} · ${categoryLabels[row.category]} · ${formatDateTime(row.receivedAt)}`}
                      />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            ) : (
              <Box sx={{ p: 2 }}>
                <EmptyState title={t('nothingYet')}>{t('nothingYetText')}</EmptyState>
              </Box>
            )}
          </Paper>
        </Stack>
      </Stack>
      {openingCase && (
        <OpenCaseDialog
          inquiry={openingCase}
          onClose={() => {
            setOpeningCase(null);
            backToForm();
          }}
          onOpened={(caseNumber) => {
            setSaved({ inquiry: openingCase, caseNumber });
            setOpeningCase(null);
            backToForm();
          }}
        />
      )}
    </>
  );
}
