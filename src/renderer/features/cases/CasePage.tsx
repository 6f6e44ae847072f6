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
  Grid,
  Link,
  MenuItem,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { CaseDetail } from '../../../shared/cases/contract';
import {
  caseChannelLabels,
  priorityLabels,
  representativeRelationLabels,
  requestTypeInfo,
} from '../../../shared/cases/rules';
import { caseLetterChoices } from '../../../shared/letters/rules';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { LetterDialog } from '../letters/LetterDialog';
import { useColleaguesQuery } from '../users/usersApi';
import { Fact, TypeChips } from './caseUi';
import { useAssignCaseMutation, useCaseQuery } from './casesApi';
import { DeadlinePanel } from './DeadlinePanel';
import { EditCaseDialog } from './EditCaseDialog';
import { CloseCaseDialog, OutcomePanel } from './OutcomePanel';
import { TasksPanel } from './TasksPanel';
import { TimelinePanel } from './TimelinePanel';
import { useRun } from './useRun';
import { VerificationPanel } from './VerificationPanel';
import { CaseEraseButton } from '../erasure/CaseEraseButton';
import { RestrictedChip } from '../../components/RestrictedChip';

const tabKeys = ['tab'] as const;
const tabs = ['overview', 'verification', 'tasks', 'reply', 'documents', 'timeline'] as const;
type TabKey = (typeof tabs)[number];
const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

function Overview({ detail }: { detail: CaseDetail }) {
  const { person } = detail;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title="The person" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            <Fact label="Name">{person.name}</Fact>
            <Fact label="E-mail">{person.email}</Fact>
            <Fact label="Phone">{person.phone}</Fact>
            <Fact label="Postal address">{person.address}</Fact>
            <Fact label="Customer number or reference">{person.reference}</Fact>
            {detail.representative && (
              <Fact label="Represented by">
                {detail.representative.name} (
                {representativeRelationLabels[detail.representative.relation].toLowerCase()})
                {detail.representative.contact ? `, ${detail.representative.contact}` : ''}
                {detail.representative.authorityCheckedAt
                  ? ' · authority checked'
                  : ' · authority not checked yet'}
              </Fact>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title="The request" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            {detail.types.map((type) => (
              <Fact key={type} label={`${requestTypeInfo[type].label} (${requestTypeInfo[type].article})`}>
                {requestTypeInfo[type].replyMust}
              </Fact>
            ))}
            <Fact label="Arrived">
              {caseChannelLabels[detail.channel]}, {formatDate(detail.clock.receivedDate)}
              {detail.clock.receivedAt ? ` ${formatDateTime(detail.clock.receivedAt).slice(11)}` : ''}
            </Fact>
            <Fact label="Capacity">
              {detail.capacity === 'processor'
                ? `Processor for ${detail.customer?.name ?? 'a customer'}: the customer answers, we assist`
                : `Controller: we answer${detail.customer ? ` (the person is a customer of ${detail.customer.name})` : ''}`}
            </Fact>
            <Fact label="Priority">{priorityLabels[detail.priority]}</Fact>
            <Fact label="Notes">
              <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
                {detail.notes}
              </Box>
            </Fact>
            <Typography variant="caption" color="text.secondary">
              Opened {formatDateTime(detail.createdAt)} by {detail.createdBy} · last changed{' '}
              {formatDateTime(detail.updatedAt)}
            </Typography>
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}

export function CasePage() {
  const { id } = useParams();
  const run = useRun();
  const [search, setSearch] = useSearchState(tabKeys);
  const tab: TabKey = tabs.find((candidate) => candidate === search.tab) ?? 'overview';
  const { data: detail, error, isLoading } = useCaseQuery({ id: Number(id) });
  const { data: colleagues } = useColleaguesQuery({});
  const [assign] = useAssignCaseMutation();
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [writing, setWriting] = useState(false);
  const user = useAppSelector(selectCurrentUser);
  const writesLetters = user?.roles.some((role) => role === 'dpo' || role === 'admin') ?? false;

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !detail) return <CircularProgress aria-label="Loading the case" />;

  const open = detail.state === 'open';
  const handlers = (colleagues ?? []).filter(
    (user) => user.roles.includes('dpo') || user.roles.includes('admin'),
  );
  const openTasks = detail.tasks.filter((task) => task.state === 'open').length;

  return (
    <>
      <Breadcrumbs sx={{ mb: 1 }}>
        <Link component={RouterLink} to="/cases" underline="hover" color="inherit">
          Cases
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
          <Typography variant="h4" component="h1">
            Case {detail.number} · {detail.person.name}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} useFlexGap flexWrap="wrap" alignItems="center">
            <TypeChips types={detail.types} />
            <RestrictedChip restricted={detail.restricted} />
            <Chip
              size="small"
              label={
                detail.capacity === 'processor'
                  ? `Processor for ${detail.customer?.name ?? 'a customer'}`
                  : 'Controller'
              }
            />
            {detail.priority !== 'normal' && (
              <Chip
                size="small"
                color={detail.priority === 'urgent' || detail.priority === 'high' ? 'warning' : 'default'}
                label={`${priorityLabels[detail.priority]} priority`}
              />
            )}
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ flexShrink: 0 }}>
          <TextField
            select
            label="Handler"
            value={detail.handler ? String(detail.handler.id) : ''}
            disabled={!open}
            onChange={(event) =>
              void run(
                assign({ id: detail.id, handlerId: event.target.value ? Number(event.target.value) : null }),
                'The handler was changed.',
              )
            }
            sx={{ width: 180 }}
            fullWidth={false}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            {/* "Yet" only while the case can still get one. */}
            <MenuItem value="">{open ? 'Nobody yet' : 'None'}</MenuItem>
            {handlers.map((user) => (
              <MenuItem key={user.id} value={String(user.id)}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
          {open && detail.types.includes('erasure') && (
            <CaseEraseButton
              caseId={detail.id}
              caseNumber={detail.number}
              spellings={[detail.person.email, detail.person.phone, detail.person.name]}
            />
          )}
          {writesLetters && (
            <Button startIcon={<MailOutlineIcon />} onClick={() => setWriting(true)}>
              Make a letter
            </Button>
          )}
          {open && (
            <>
              <Button startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button variant="contained" startIcon={<GavelOutlinedIcon />} onClick={() => setClosing(true)}>
                Close case
              </Button>
            </>
          )}
        </Stack>
      </Stack>
      {detail.duplicates.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Another open case may concern the same person:{' '}
          {detail.duplicates.map((dup, index) => (
            <span key={dup.id}>
              {index > 0 && ', '}
              <Link component={RouterLink} to={`/cases/${dup.id}`}>
                {dup.number}
              </Link>{' '}
              (same {dup.matchedOn.join(' and ')})
            </span>
          ))}
          . Each case is verified on its own.
        </Alert>
      )}
      {detail.inquiries.length > 0 && (
        <Alert severity="info" icon={false} sx={{ mb: 2 }} aria-label="Linked inquiries">
          {detail.inquiries.map((inquiry, index) => (
            <span key={inquiry.id}>
              {index > 0 && ' · '}
              {inquiry.openedFrom ? 'Opened from ' : 'Linked: '}
              <Link component={RouterLink} to={`/inquiries/${inquiry.id}`}>
                {inquiry.number}
              </Link>{' '}
              “{inquiry.summary}”
            </span>
          ))}
        </Alert>
      )}
      <DeadlinePanel detail={detail} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mt: 2, mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_event, value: TabKey) => setSearch({ tab: value === 'overview' ? null : value })}
          aria-label="Case sections"
        >
          <Tab value="overview" label="Overview" />
          <Tab
            value="verification"
            label={
              <Badge
                color={detail.verification.gate.open ? 'success' : 'warning'}
                variant="dot"
                sx={{ pr: 1 }}
              >
                Verification
              </Badge>
            }
          />
          <Tab value="tasks" label={openTasks > 0 ? `Tasks (${openTasks} open)` : 'Tasks'} />
          <Tab value="reply" label="Reply and outcome" />
          <Tab value="documents" label="Documents" />
          <Tab value="timeline" label="Timeline" />
        </Tabs>
      </Box>
      {tab === 'overview' && <Overview detail={detail} />}
      {tab === 'verification' && <VerificationPanel detail={detail} />}
      {tab === 'tasks' && <TasksPanel detail={detail} />}
      {tab === 'reply' && <OutcomePanel detail={detail} />}
      {tab === 'documents' && (
        <Card>
          <CardHeader title="Documents" slotProps={titleProps} />
          <CardContent sx={{ pt: 0 }}>
            <AttachmentsPanel
              ownerType="case"
              ownerId={detail.id}
              canEdit
              hint="The request letter, the reply, and correspondence with the person or the customer."
            />
          </CardContent>
        </Card>
      )}
      {tab === 'timeline' && <TimelinePanel detail={detail} />}
      {editing && <EditCaseDialog detail={detail} onClose={() => setEditing(false)} />}
      {closing && <CloseCaseDialog detail={detail} onClose={() => setClosing(false)} />}
      {writing && (
        <LetterDialog
          owner="case"
          ownerId={detail.id}
          choices={
            detail.capacity === 'processor'
              ? ['forwarding']
              : caseLetterChoices.filter((choice) => choice !== 'forwarding')
          }
          open={open}
          extended={detail.clock.extension !== null}
          onClose={() => setWriting(false)}
        />
      )}
    </>
  );
}
