import {
  Alert,
  Box,
  Button,
  Chip,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import PhoneInTalkOutlinedIcon from '@mui/icons-material/PhoneInTalkOutlined';
import ReplayIcon from '@mui/icons-material/Replay';
import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../../shared/errors';
import { inquiryCategoryLabels, inquiryChannelLabels } from '../../../shared/inquiries/rules';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import {
  emptyInquiryForm,
  errorsFrom,
  InquiryForm,
  type InquiryFormErrors,
  type InquiryFormValues,
  inquiryInput,
} from './InquiryForm';
import { useCreateInquiryMutation, useInquiriesQuery, useInquiryDefaultsQuery } from './inquiriesApi';

function clock(seconds: number): string {
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The agents' main screen: every field reachable with Tab, Enter saves, and a fresh form is ready at
 * once. For a phone call a timer runs from the moment the form opens and its length is saved.
 */
export function QuickLogPage() {
  // The core's clock decides "now" (the received time may not be in its future); fetched afresh each visit.
  const { data } = useInquiryDefaultsQuery({}, { refetchOnMountOrArgChange: true });
  return data ? (
    <QuickLog coreNowAtLoad={data.now} />
  ) : (
    <Typography color="text.secondary">Preparing the form…</Typography>
  );
}

function QuickLog({ coreNowAtLoad }: { coreNowAtLoad: string }) {
  const dispatch = useAppDispatch();
  const navigate = useNavigate();
  const userId = useAppSelector(selectCurrentUser)?.id ?? null;
  const [offset] = useState(() => Date.parse(coreNowAtLoad) - Date.now());
  const coreNow = () => new Date(Date.now() + offset).toISOString();
  const [create, { isLoading }] = useCreateInquiryMutation();
  const [values, setValues] = useState<InquiryFormValues>(() => emptyInquiryForm(coreNowAtLoad, userId));
  const [errors, setErrors] = useState<InquiryFormErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [elapsed, setElapsed] = useState(0);
  const [generation, setGeneration] = useState(0);
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

  const save = async () => {
    if (isLoading) return;
    setError(null);
    const result = await create(inquiryInput(values, Math.floor((Date.now() - startedAt) / 1000)));
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      const fields = errorsFrom(apiError.issues);
      setErrors(fields);
      setError(Object.keys(fields).length > 0 ? 'Check the marked fields.' : apiError.message);
      return;
    }
    if (!result.data) return;
    const { id, number } = result.data;
    dispatch(
      notice(`${number} logged.`, 'success', { label: 'Open', run: () => void navigate(`/inquiries/${id}`) }),
    );
    setErrors({});
    setValues(emptyInquiryForm(coreNow(), userId));
    restart();
    setGeneration((value) => value + 1);
  };

  return (
    <>
      <PageHeader
        title="Quick log"
        subtitle="Log every contact as you take it. Tab moves through the fields in the order you hear them, Enter saves, and a new form is ready at once. Ctrl+N opens this screen from anywhere."
      />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} alignItems="flex-start">
        <Paper
          variant="outlined"
          component="form"
          aria-label="Log an inquiry"
          noValidate
          sx={{ p: 2.5, flex: 1, maxWidth: 860 }}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
        >
          {values?.channel === 'phone' && (
            <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }}>
              <Chip
                icon={<PhoneInTalkOutlinedIcon />}
                color="primary"
                variant="outlined"
                label={<span aria-live="off">Call {clock(elapsed)}</span>}
                aria-label={`Call length ${clock(elapsed)}`}
              />
              <Button size="small" startIcon={<ReplayIcon />} onClick={restart} tabIndex={-1}>
                Restart timer
              </Button>
            </Stack>
          )}
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <InquiryForm
            key={generation}
            values={values}
            errors={errors}
            autoFocus
            onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
          />
          <Stack direction="row" spacing={1} justifyContent="flex-end" sx={{ mt: 2 }}>
            <Button
              onClick={() => {
                setValues(emptyInquiryForm(coreNow(), userId));
                setErrors({});
                setError(null);
                restart();
                setGeneration((value) => value + 1);
              }}
            >
              Clear
            </Button>
            <Button type="submit" variant="contained" startIcon={<SaveOutlinedIcon />} disabled={isLoading}>
              Save (Enter)
            </Button>
          </Stack>
        </Paper>
        <Paper variant="outlined" sx={{ width: { xs: '100%', lg: 340 }, flexShrink: 0 }}>
          <Typography variant="subtitle1" sx={{ px: 2, pt: 1.5 }}>
            Assigned to me, newest first
          </Typography>
          {recent && recent.rows.length > 0 ? (
            <List dense>
              {recent.rows.map((row) => (
                <ListItem key={row.id} disablePadding>
                  <ListItemButton onClick={() => void navigate(`/inquiries/${row.id}`)}>
                    <ListItemText
                      primary={row.summary}
                      secondary={`${row.number} · ${inquiryChannelLabels[row.channel]} · ${inquiryCategoryLabels[row.category]} · ${formatDateTime(row.receivedAt)}`}
                    />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          ) : (
            <Box sx={{ p: 2 }}>
              <EmptyState title="Nothing yet">What you log appears here.</EmptyState>
            </Box>
          )}
        </Paper>
      </Stack>
    </>
  );
}
