import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import LockOpenOutlinedIcon from '@mui/icons-material/LockOpenOutlined';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { CaseDetail, Restriction } from '../../../shared/cases/contract';
import {
  restrictionGroundLabels,
  restrictionGrounds,
  type RestrictionGround,
} from '../../../shared/cases/rules';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { CalendarDateField } from '../../components/CalendarDateField';
import {
  useCaseCountsQuery,
  useLiftRestrictionMutation,
  useRestrictionsQuery,
  useRestrictMutation,
} from './casesApi';
import { useRun } from './useRun';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

function issuesOf(error: { issues?: Array<{ path: string; message: string }> }): Record<string, string> {
  return Object.fromEntries((error.issues ?? []).map((issue) => [issue.path, issue.message]));
}

/** Lifting a restriction: the person is told first (Art. 18(3)), and that is recorded with it. */
function LiftDialog({
  caseId,
  today,
  restriction,
  onClose,
}: {
  caseId: number;
  today: string;
  restriction: Restriction;
  onClose: () => void;
}) {
  const run = useRun();
  const [lift, { isLoading }] = useLiftRestrictionMutation();
  const [personToldOn, setToldOn] = useState<string | null>(null);
  const [personToldHow, setToldHow] = useState('');
  const [liftedOn, setLiftedOn] = useState<string | null>(today);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const outcome = await run(
      lift({
        id: caseId,
        restrictionId: restriction.id,
        personToldOn: personToldOn ?? '',
        personToldHow,
        liftedOn: liftedOn ?? '',
        reason,
      }),
      'The restriction was lifted.',
      { quietError: true },
    );
    if (outcome.ok) {
      onClose();
      return;
    }
    setErrors(issuesOf(outcome.error));
    setError(outcome.error.issues?.length ? null : outcome.error.message);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="lift-title">
      <DialogTitle id="lift-title">Lift the restriction of case {restriction.caseNumber}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {restriction.what}, restricted since {formatDate(restriction.since)}. The person must be told before
          the restriction is lifted (Art. 18(3)).
        </DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <Stack spacing={2}>
          <Stack direction="row" spacing={1.5} alignItems="flex-start">
            <CalendarDateField
              label="The person was told on"
              required
              value={personToldOn}
              onChange={setToldOn}
              min={restriction.since}
              max={today}
              error={!!errors.personToldOn}
              helperText={errors.personToldOn}
            />
            <CalendarDateField
              label="Lifted on"
              required
              value={liftedOn}
              onChange={setLiftedOn}
              min={restriction.since}
              max={today}
              error={!!errors.liftedOn}
              helperText={errors.liftedOn}
            />
          </Stack>
          <TextField
            label="How the person was told"
            required
            value={personToldHow}
            onChange={(event) => setToldHow(event.target.value)}
            error={!!errors.personToldHow}
            helperText={errors.personToldHow ?? 'E.g. letter to the address on file'}
          />
          <TextField
            label="Why the restriction is lifted"
            required
            multiline
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={!!errors.reason}
            helperText={errors.reason}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={isLoading}>
          Lift restriction
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function RestrictionTable({
  restrictions,
  today,
  showCase,
}: {
  restrictions: readonly Restriction[];
  today: string;
  showCase?: boolean;
}) {
  const [lifting, setLifting] = useState<Restriction | null>(null);
  return (
    <>
      <Table size="small" aria-label="Restrictions">
        <TableHead>
          <TableRow>
            {showCase && <TableCell>Case</TableCell>}
            {showCase && <TableCell>Person</TableCell>}
            <TableCell>What is restricted</TableCell>
            <TableCell>Since</TableCell>
            <TableCell>Ground</TableCell>
            <TableCell>State</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {restrictions.map((restriction) => (
            <TableRow key={restriction.id}>
              {showCase && (
                <TableCell>
                  <RouterLink to={`/cases/${restriction.caseId}`}>{restriction.caseNumber}</RouterLink>
                </TableCell>
              )}
              {showCase && <TableCell>{restriction.personName}</TableCell>}
              <TableCell>{restriction.what}</TableCell>
              <TableCell>{formatDate(restriction.since)}</TableCell>
              <TableCell>{restrictionGroundLabels[restriction.ground]}</TableCell>
              <TableCell>
                {restriction.liftedOn ? (
                  <Typography variant="body2">
                    Lifted {formatDate(restriction.liftedOn)}; the person was told{' '}
                    {formatDate(restriction.personToldOn)}
                  </Typography>
                ) : (
                  <Stack direction="row" spacing={1} alignItems="center">
                    <Chip size="small" color="warning" icon={<BlockOutlinedIcon />} label="Active" />
                    <Button
                      size="small"
                      startIcon={<LockOpenOutlinedIcon />}
                      onClick={() => setLifting(restriction)}
                    >
                      Lift
                    </Button>
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {lifting && (
        <LiftDialog
          caseId={lifting.caseId}
          today={today}
          restriction={lifting}
          onClose={() => setLifting(null)}
        />
      )}
    </>
  );
}

/** On a restriction or erasure case: what it restricted (Art. 18, or kept under Art. 17(3)). */
export function RestrictionsCard({ detail }: { detail: CaseDetail }) {
  const run = useRun();
  const [restrict, { isLoading }] = useRestrictMutation();
  const grounds = restrictionGrounds.filter(
    (ground) => ground !== '17-3' || detail.types.includes('erasure'),
  );
  const [what, setWhat] = useState('');
  const [ground, setGround] = useState<RestrictionGround | ''>('');
  const [since, setSince] = useState<string | null>(detail.clock.today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const open = detail.state === 'open';
  const submit = async () => {
    const outcome = await run(
      restrict({ id: detail.id, what, ground: ground as RestrictionGround, since: since ?? '' }),
      'The restriction was recorded.',
      { quietError: true },
    );
    if (outcome.ok) {
      setWhat('');
      setGround('');
      setErrors({});
      setError(null);
      return;
    }
    setErrors(issuesOf(outcome.error));
    setError(outcome.error.issues?.length ? null : outcome.error.message);
  };
  return (
    <Card>
      <CardHeader
        title="Restrictions (Art. 18)"
        subheader="Restricted data is stored and not otherwise used. The person is told before a restriction is lifted (Art. 18(3))."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {detail.restrictions.length > 0 ? (
          <RestrictionTable restrictions={detail.restrictions} today={detail.clock.today} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            Nothing restricted yet.
          </Typography>
        )}
        {open && (
          <Stack spacing={1.5} sx={{ mt: 2 }}>
            {error && <Alert severity="error">{error}</Alert>}
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} alignItems="flex-start">
              <TextField
                label="What is restricted"
                value={what}
                onChange={(event) => setWhat(event.target.value)}
                error={!!errors.what}
                helperText={errors.what ?? 'E.g. the customer profile, while its accuracy is checked'}
              />
              <TextField
                select
                label="Ground"
                value={ground}
                onChange={(event) => setGround(event.target.value as RestrictionGround)}
                error={!!errors.ground}
                helperText={errors.ground}
                sx={{ minWidth: 280 }}
              >
                {grounds.map((value) => (
                  <MenuItem key={value} value={value}>
                    {restrictionGroundLabels[value]}
                  </MenuItem>
                ))}
              </TextField>
              <CalendarDateField
                label="Restricted since"
                value={since}
                onChange={setSince}
                min={detail.clock.receivedDate}
                max={detail.clock.today}
                error={!!errors.since}
                helperText={errors.since}
              />
            </Stack>
            <div>
              <Button variant="outlined" onClick={() => void submit()} disabled={isLoading}>
                Record restriction
              </Button>
            </div>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

/** Every restriction in force, and on request the lifted ones: who, what, since when, and why. */
export function RestrictionsPage() {
  const [filters, setFilters] = useSearchState(['status'] as const);
  const status = filters.status === 'lifted' || filters.status === 'all' ? filters.status : 'active';
  const { data, error, isLoading } = useRestrictionsQuery({ status });
  // Today as the core sees it (the dates a person may pick end there).
  const today = useCaseCountsQuery({}).data?.today ?? '';
  return (
    <>
      <PageHeader
        title="Restrictions"
        subtitle="Processing restricted at a person's request (Art. 18) or kept instead of erased (Art. 17(3)): stored, and not otherwise used."
      />
      <ErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={status}
          onChange={(_event, value: string | null) =>
            value && setFilters({ status: value === 'active' ? null : value })
          }
          aria-label="Which restrictions"
          sx={{ mb: 1.5 }}
        >
          <ToggleButton value="active">Active</ToggleButton>
          <ToggleButton value="lifted">Lifted</ToggleButton>
          <ToggleButton value="all">All</ToggleButton>
        </ToggleButtonGroup>
        {!isLoading && data && data.length === 0 ? (
          <EmptyState title={status === 'active' ? 'No processing is restricted' : 'No restrictions'}>
            Restrictions are recorded on the case that asked for them.
          </EmptyState>
        ) : (
          <RestrictionTable restrictions={data ?? []} today={today} showCase />
        )}
      </Paper>
    </>
  );
}
