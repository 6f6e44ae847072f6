import {
  Alert,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Grid,
  Link,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import MedicalInformationOutlinedIcon from '@mui/icons-material/MedicalInformationOutlined';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { dataTypeInfo, hasControllerDuty, subjectCategoryLabels } from '../../../shared/breaches/rules';
import { formatOslo } from '../../../shared/breaches/time';
import { breachLetterChoices } from '../../../shared/letters/rules';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { LetterDialog } from '../letters/LetterDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSearchState } from '../../lib/useSearchState';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useRun } from '../cases/useRun';
import { AssessmentPanel } from './AssessmentPanel';
import { Fact, RiskChip, StateChip } from './breachUi';
import { useBreachQuery, useCloseBreachMutation } from './breachesApi';
import { ClocksPanel } from './ClocksPanel';
import { HistoryPanel, InquiriesPanel } from './HistoryPanel';
import { EditBreachDialog } from './NewBreachDialog';
import { NotificationsPanel } from './NotificationsPanel';
import { SubjectsPanel } from './SubjectsPanel';
import { RestrictedChip } from '../../components/RestrictedChip';

const tabKeys = ['tab'] as const;
const tabs = [
  'overview',
  'assessment',
  'notifications',
  'people',
  'inquiries',
  'documents',
  'history',
] as const;
type TabKey = (typeof tabs)[number];
const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

function approx(value: number | null): string | null {
  return value === null ? null : `about ${value.toLocaleString('en-GB')}`;
}

function Obligations({ detail }: { detail: BreachDetail }) {
  return (
    <List dense disablePadding aria-label="Obligations">
      {detail.obligations.map((obligation) => (
        <ListItem key={obligation.key} disableGutters dense>
          <ListItemIcon sx={{ minWidth: 30, color: obligation.met ? 'success.main' : 'text.disabled' }}>
            {obligation.met ? (
              <CheckCircleOutlineIcon fontSize="small" />
            ) : (
              <RadioButtonUncheckedIcon fontSize="small" />
            )}
          </ListItemIcon>
          <ListItemText
            primary={`${obligation.label}${obligation.met ? '' : ' — not yet'}`}
            secondary={obligation.detail}
            slotProps={{ primary: { variant: 'body2' } }}
          />
        </ListItem>
      ))}
    </List>
  );
}

function Overview({ detail }: { detail: BreachDetail }) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title="What happened" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            <Fact label="Description">{detail.description}</Fact>
            <Fact label="When it happened">
              {detail.occurredFrom
                ? detail.occurredTo
                  ? `${formatOslo(detail.occurredFrom)} – ${formatOslo(detail.occurredTo)}`
                  : formatOslo(detail.occurredFrom)
                : 'Not known yet'}
            </Fact>
            <Fact label="How it was discovered">{detail.discovery}</Fact>
            <Fact label="Likely consequences">{detail.consequences}</Fact>
            <Fact label="Measures taken">{detail.measuresTaken}</Fact>
            <Fact label="Measures planned">{detail.measuresPlanned}</Fact>
            <Fact label="Contact point">{detail.contactPoint}</Fact>
            <Typography variant="caption" color="text.secondary">
              Recorded {formatOslo(detail.createdAt)} by {detail.reportedBy} · last changed{' '}
              {formatOslo(detail.updatedAt)}
            </Typography>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Stack spacing={2} sx={{ height: '100%' }}>
          <Card>
            <CardHeader title="People and data" slotProps={titleProps} />
            <CardContent sx={{ pt: 0 }}>
              <Fact label="Whose data">
                {detail.capacity === 'processor'
                  ? `Our customers’ (we are processor): ${detail.customers.map((customer) => customer.name).join(', ')}`
                  : detail.capacity === 'both'
                    ? `Ours (we are controller) and our customers’: ${detail.customers.map((customer) => customer.name).join(', ')}`
                    : 'Ours (we are controller)'}
              </Fact>
              <Fact label="Categories of people">
                {detail.subjectCategories.map((category) => subjectCategoryLabels[category]).join(', ')}
              </Fact>
              <Fact label="People affected">{approx(detail.subjectsApprox)}</Fact>
              <Fact label="Types of data">
                {detail.dataTypes.length > 0 && (
                  <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                    {detail.dataTypes.map((type) => (
                      <Chip
                        key={type}
                        size="small"
                        variant="outlined"
                        color={dataTypeInfo[type].special ? 'error' : 'default'}
                        icon={dataTypeInfo[type].special ? <MedicalInformationOutlinedIcon /> : undefined}
                        label={dataTypeInfo[type].label}
                      />
                    ))}
                  </Stack>
                )}
              </Fact>
              <Fact label="Records affected">{approx(detail.recordsApprox)}</Fact>
            </CardContent>
          </Card>
          <Card sx={{ flexGrow: 1 }}>
            <CardHeader
              title={detail.state === 'closed' ? 'Obligations met' : 'Before the breach can be closed'}
              slotProps={titleProps}
            />
            <CardContent sx={{ pt: 0 }}>
              <Obligations detail={detail} />
              {detail.closedAt && (
                <Typography variant="body2" sx={{ mt: 1 }}>
                  Closed {formatOslo(detail.closedAt)} by {detail.closedBy}
                  {detail.closingNote ? `: ${detail.closingNote}` : ''}
                </Typography>
              )}
            </CardContent>
          </Card>
        </Stack>
      </Grid>
    </Grid>
  );
}

export function BreachPage() {
  const { id } = useParams();
  const breachId = Number(id);
  const user = useAppSelector(selectCurrentUser);
  const isDpo = user?.roles.includes('dpo') ?? false;
  const [search, setSearch] = useSearchState(tabKeys);
  const tab: TabKey = tabs.find((candidate) => candidate === search.tab) ?? 'overview';
  const {
    data: detail,
    error,
    isLoading,
  } = useBreachQuery({ id: breachId }, { skip: !Number.isInteger(breachId) });
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [writing, setWriting] = useState(false);
  const writesLetters = user?.roles.some((role) => role === 'dpo' || role === 'admin') ?? false;

  if (!Number.isInteger(breachId)) return <ErrorAlert error="There is no such breach." />;
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !detail) return <CircularProgress aria-label="Loading the breach" />;

  const open = detail.state !== 'closed';
  const unmet = detail.obligations.filter((obligation) => !obligation.met).length;
  const notificationsPending = detail.clocks.some(
    (clock) => clock.status === 'running' || clock.status === 'overdue',
  );
  return (
    <>
      <Breadcrumbs sx={{ mb: 1 }}>
        <Link component={RouterLink} to="/breaches" underline="hover" color="inherit">
          Breaches
        </Link>
        <Typography color="text.primary">{detail.number}</Typography>
      </Breadcrumbs>
      <Stack
        direction="row"
        justifyContent="space-between"
        alignItems="flex-start"
        spacing={2}
        sx={{ mb: 2 }}
      >
        <Box>
          <Typography variant="overline" color="text.secondary">
            Breach {detail.number}
          </Typography>
          <Typography variant="h4" component="h1">
            {detail.title}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} useFlexGap flexWrap="wrap" alignItems="center">
            <StateChip state={detail.state} />
            <RiskChip risk={detail.assessment?.risk ?? null} />
            <RestrictedChip restricted={detail.restricted} />
            <Chip
              size="small"
              label={
                detail.capacity === 'controller'
                  ? 'Controller'
                  : `${detail.capacity === 'both' ? 'Controller and processor' : 'Processor'} for ${detail.customers.map((customer) => customer.name).join(', ')}`
              }
            />
            {detail.specialCategories && (
              <Chip
                size="small"
                color="error"
                variant="outlined"
                icon={<MedicalInformationOutlinedIcon />}
                label="Special categories"
              />
            )}
          </Stack>
        </Box>
        {(open || (writesLetters && hasControllerDuty(detail.capacity))) && (
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            {writesLetters && hasControllerDuty(detail.capacity) && (
              <Button startIcon={<MailOutlineIcon />} onClick={() => setWriting(true)}>
                Make a letter
              </Button>
            )}
            {open && (
              <Button startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
                Edit
              </Button>
            )}
            {open && isDpo && (
              <Button
                variant={unmet === 0 ? 'contained' : 'outlined'}
                startIcon={<LockOutlinedIcon />}
                onClick={() => setClosing(true)}
              >
                Close breach
              </Button>
            )}
          </Stack>
        )}
      </Stack>
      <ClocksPanel detail={detail} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mt: 2, mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_event, value: TabKey) => setSearch({ tab: value === 'overview' ? null : value })}
          aria-label="Breach sections"
          variant="scrollable"
        >
          <Tab value="overview" label={unmet > 0 && open ? `Overview (${unmet} to do)` : 'Overview'} />
          <Tab
            value="assessment"
            label={
              <Badge color="warning" variant="dot" invisible={detail.assessment !== null} sx={{ pr: 1 }}>
                Assessment
              </Badge>
            }
          />
          <Tab
            value="notifications"
            label={
              <Badge color="error" variant="dot" invisible={!notificationsPending} sx={{ pr: 1 }}>
                {detail.capacity === 'controller'
                  ? 'Datatilsynet'
                  : detail.capacity === 'both'
                    ? 'Datatilsynet and customers'
                    : 'Customers'}
              </Badge>
            }
          />
          <Tab value="people" label="People affected" />
          <Tab value="inquiries" label={`Inquiries (${detail.inquiries.length})`} />
          <Tab value="documents" label="Documents" />
          <Tab value="history" label="History" />
        </Tabs>
      </Box>
      {tab === 'overview' && <Overview detail={detail} />}
      {tab === 'assessment' && <AssessmentPanel detail={detail} />}
      {tab === 'notifications' && <NotificationsPanel detail={detail} />}
      {tab === 'people' && <SubjectsPanel detail={detail} />}
      {tab === 'inquiries' && <InquiriesPanel detail={detail} />}
      {tab === 'documents' && (
        <Card>
          <CardHeader title="Documents" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            <AttachmentsPanel
              ownerType="breach"
              ownerId={detail.id}
              canEdit
              hint="Evidence, the receipts of the notifications, letters to the customers or the people affected."
            />
          </CardContent>
        </Card>
      )}
      {tab === 'history' && <HistoryPanel detail={detail} />}
      {editing && <EditBreachDialog detail={detail} onClose={() => setEditing(false)} />}
      {closing && <CloseDialog detail={detail} onClose={() => setClosing(false)} />}
      {writing && (
        <LetterDialog
          owner="breach"
          ownerId={detail.id}
          choices={breachLetterChoices}
          open={open}
          onClose={() => setWriting(false)}
        />
      )}
    </>
  );
}

function CloseDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const run = useRun();
  const [close, { isLoading }] = useCloseBreachMutation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ready = detail.obligations.every((obligation) => obligation.met);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await run(close({ id: detail.id, note }), `Breach ${detail.number} was closed.`, {
      quietError: true,
    });
    if (result.ok) return onClose();
    setError(result.error.message);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="close-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="close-title">Close breach {detail.number}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>
            A breach is closed when every obligation is met or decided. The record stays in the register.
          </DialogContentText>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Obligations detail={detail} />
          <TextField
            label="Closing note"
            multiline
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            sx={{ mt: 2 }}
            helperText="Optional: what was learnt, what changes"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading || !ready}>
            Close breach
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
