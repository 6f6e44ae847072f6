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
import { useLabels, useT } from '../../i18n';
import { Link as RouterLink, useParams } from 'react-router';
import type { CaseDetail } from '../../../shared/cases/contract';
import { caseLetterChoices } from '../../../shared/letters/rules';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { DocumentsCard } from '../attachments/DocumentsCard';
import { LetterDialog } from '../letters/LetterDialog';
import { AccessReportButtonForCase } from '../people/AccessReportForCase';
import { Fact, TypeChips, cardTitleProps, useMatchedOn } from './caseUi';
import { useAssignCaseMutation, useCaseQuery } from './casesApi';
import { DeadlinePanel } from './DeadlinePanel';
import { EditCaseDialog } from './EditCaseDialog';
import { CloseCaseDialog } from './CloseCaseDialog';
import { OutcomePanel } from './OutcomePanel';
import { TasksPanel } from './TasksPanel';
import { TimelinePanel } from './TimelinePanel';
import { useHandlers } from './useHandlers';
import { useRun } from './useRun';
import { VerificationPanel } from './VerificationPanel';
import { CaseEraseButton } from '../erasure/CaseEraseButton';
import { RestrictedChip } from '../../components/RestrictedChip';
import { LegalHoldControl } from '../legal-holds/LegalHoldControl';

const tabKeys = ['tab'] as const;
const tabs = ['overview', 'verification', 'tasks', 'reply', 'documents', 'timeline'] as const;
type TabKey = (typeof tabs)[number];

function Overview({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const requestTypeLabels = useLabels('requestType');
  const articleLabels = useLabels('requestTypeArticle');
  const replyMustLabels = useLabels('requestTypeReplyMust');
  const channelLabels = useLabels('caseChannel');
  const priorityLabels = useLabels('casePriority');
  const relationLabels = useLabels('representativeRelation');
  const { person } = detail;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title={t('thePerson')} slotProps={cardTitleProps} />
          <CardContent sx={{ pt: 0 }}>
            <Fact label={t('name')}>{person.name}</Fact>
            <Fact label={t('email')}>{person.email}</Fact>
            <Fact label={t('phone')}>{person.phone}</Fact>
            <Fact label={t('postalAddress')}>{person.address}</Fact>
            <Fact label={t('reference')}>{person.reference}</Fact>
            {detail.representative && (
              <Fact label={t('representedBy')}>
                {detail.representative.name} ({relationLabels[detail.representative.relation].toLowerCase()})
                {detail.representative.contact ? `, ${detail.representative.contact}` : ''}
                {detail.representative.authorityCheckedAt
                  ? ` · ${t('authorityChecked')}`
                  : ` · ${t('authorityNotChecked')}`}
              </Fact>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card sx={{ height: '100%' }}>
          <CardHeader title={t('theRequest')} slotProps={cardTitleProps} />
          <CardContent sx={{ pt: 0 }}>
            {detail.types.map((type) => (
              <Fact key={type} label={`${requestTypeLabels[type]} (${articleLabels[type]})`}>
                {replyMustLabels[type]}
              </Fact>
            ))}
            <Fact label={t('arrived')}>
              {channelLabels[detail.channel]}, {formatDate(detail.clock.receivedDate)}
              {detail.clock.receivedAt ? ` ${formatDateTime(detail.clock.receivedAt).slice(11)}` : ''}
            </Fact>
            <Fact label={t('capacity')}>
              {detail.capacity === 'processor'
                ? t('capacityProcessor', { customer: detail.customer?.name ?? t('aCustomer') })
                : detail.customer
                  ? t('capacityControllerCustomer', { customer: detail.customer.name })
                  : t('capacityController')}
            </Fact>
            <Fact label={t('priority')}>{priorityLabels[detail.priority]}</Fact>
            <Fact label={t('notes')}>
              <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
                {detail.notes}
              </Box>
            </Fact>
            <Typography variant="caption" color="text.secondary">
              {t('openedBy', {
                at: formatDateTime(detail.createdAt),
                by: detail.createdBy,
                changed: formatDateTime(detail.updatedAt),
              })}
            </Typography>
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}

export function CasePage() {
  const { id } = useParams();
  const t = useT('cases');
  const priorityLabels = useLabels('casePriority');
  const matched = useMatchedOn();
  const run = useRun();
  const [search, setSearch] = useSearchState(tabKeys);
  const tab: TabKey = tabs.find((candidate) => candidate === search.tab) ?? 'overview';
  const { data: detail, error, isLoading } = useCaseQuery({ id: Number(id) });
  const handlers = useHandlers();
  const [assign] = useAssignCaseMutation();
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [writing, setWriting] = useState(false);
  const user = useAppSelector(selectCurrentUser);
  const writesLetters = user?.roles.some((role) => role === 'dpo' || role === 'admin') ?? false;

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !detail) return <CircularProgress aria-label={t('loadingCase')} />;

  const open = detail.state === 'open';
  const openTasks = detail.tasks.filter((task) => task.state === 'open').length;

  return (
    <>
      <Breadcrumbs sx={{ mb: 1 }}>
        <Link component={RouterLink} to="/cases" underline="hover" color="inherit">
          {t('casesTitle')}
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
            {t('caseHeading', { number: detail.number, name: detail.person.name })}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} useFlexGap flexWrap="wrap" alignItems="center">
            <TypeChips types={detail.types} />
            <RestrictedChip restricted={detail.restricted} />
            <Chip
              size="small"
              label={
                detail.capacity === 'processor'
                  ? t('processorFor', { customer: detail.customer?.name ?? t('aCustomer') })
                  : t('controller')
              }
            />
            {detail.priority !== 'normal' && (
              <Chip
                size="small"
                color={detail.priority === 'urgent' || detail.priority === 'high' ? 'warning' : 'default'}
                label={t('priorityChip', { priority: priorityLabels[detail.priority] })}
              />
            )}
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ flexShrink: 0 }}>
          <TextField
            select
            label={t('handler')}
            value={detail.handler ? String(detail.handler.id) : ''}
            disabled={!open}
            onChange={(event) =>
              void run(
                assign({ id: detail.id, handlerId: event.target.value ? Number(event.target.value) : null }),
                t('handlerChanged'),
              )
            }
            sx={{ width: 180 }}
            fullWidth={false}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            {/* "Yet" only while the case can still get one. */}
            <MenuItem value="">{open ? t('nobodyYet') : t('none')}</MenuItem>
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
              {t('makeLetter')}
            </Button>
          )}
          <AccessReportButtonForCase detail={detail} />
          {open && (
            <>
              <Button startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
                {t('edit')}
              </Button>
              <Button variant="contained" startIcon={<GavelOutlinedIcon />} onClick={() => setClosing(true)}>
                {t('closeCase')}
              </Button>
            </>
          )}
        </Stack>
      </Stack>
      <LegalHoldControl recordType="case" recordId={detail.id} />
      {detail.duplicates.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('anotherOpenCase')}{' '}
          {detail.duplicates.map((dup, index) => (
            <span key={dup.id}>
              {index > 0 && ', '}
              <Link component={RouterLink} to={`/cases/${dup.id}`}>
                {dup.number}
              </Link>{' '}
              {t('sameMatched', { matched: matched(dup.matchedOn) })}
            </span>
          ))}
          {t('verifiedOnItsOwn')}
        </Alert>
      )}
      {detail.inquiries.length > 0 && (
        <Alert severity="info" icon={false} sx={{ mb: 2 }} aria-label={t('linkedInquiries')}>
          {detail.inquiries.map((inquiry, index) => (
            <span key={inquiry.id}>
              {index > 0 && ' · '}
              {inquiry.openedFrom ? t('openedFrom') : t('linked')}{' '}
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
          aria-label={t('caseSections')}
        >
          <Tab value="overview" label={t('tabOverview')} />
          <Tab
            value="verification"
            label={
              <Badge
                color={detail.verification.gate.open ? 'success' : 'warning'}
                variant="dot"
                sx={{ pr: 1 }}
              >
                {t('tabVerification')}
              </Badge>
            }
          />
          <Tab value="tasks" label={openTasks > 0 ? t('tabTasksOpen', { count: openTasks }) : t('tasks')} />
          <Tab value="reply" label={t('tabReply')} />
          <Tab value="documents" label={t('tabDocuments')} />
          <Tab value="timeline" label={t('timeline')} />
        </Tabs>
      </Box>
      {tab === 'overview' && <Overview detail={detail} />}
      {tab === 'verification' && <VerificationPanel detail={detail} />}
      {tab === 'tasks' && <TasksPanel detail={detail} />}
      {tab === 'reply' && <OutcomePanel detail={detail} />}
      {tab === 'documents' && (
        <DocumentsCard
          title={t('tabDocuments')}
          ownerType="case"
          ownerId={detail.id}
          canEdit
          hint={t('documentsHint')}
        />
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
