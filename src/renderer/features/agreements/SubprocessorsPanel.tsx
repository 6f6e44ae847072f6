import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  FormControlLabel,
  IconButton,
  Link,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { addDays, format, parseISO } from 'date-fns';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AgreementDetail, ChangeNotice } from '../../../shared/agreements/contract';
import {
  authorisationLabels,
  endedStatuses,
  noticeChangeLabels,
  noticeChanges,
  type NoticeChange,
  objectionResolutionLabels,
  objectionResolutions,
  type ObjectionResolution,
} from '../../../shared/agreements/rules';
import { type CountryCode, countryName, isCountryCode } from '../../../shared/countries';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { CountrySelect, TransferStatusChip } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { CalendarDateField } from '../../components/CalendarDateField';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { StatusChip } from './agreementUi';
import {
  useAddDeclaredSubprocessorMutation,
  useAddNoticeMutation,
  useAddSubprocessorMutation,
  useAgreementsQuery,
  useRecordApprovalMutation,
  useRecordObjectionMutation,
  useRemoveDeclaredSubprocessorMutation,
  useRemoveSubprocessorMutation,
  useResolveObjectionMutation,
  useRestoreDeclaredSubprocessorMutation,
  useRestoreSubprocessorMutation,
} from './agreementsApi';
import { FormDialog } from './FormDialog';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

function AgreementLink({ agreement }: { agreement: { id: number; reference: string; title: string } }) {
  return (
    <Link component={RouterLink} to={`/registers/agreements/${agreement.id}`}>
      {agreement.reference} {agreement.title}
    </Link>
  );
}

function Problems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0)
    return (
      <Typography variant="body2" color="success.main">
        In order
      </Typography>
    );
  return (
    <Stack spacing={0.5}>
      {problems.map((problem) => (
        <Stack key={problem} direction="row" spacing={0.5} alignItems="flex-start">
          <WarningAmberOutlinedIcon fontSize="small" color="warning" />
          <Typography variant="body2">{problem}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}

function AddSubprocessorDialog({
  detail,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  today: string;
  onClose: () => void;
}) {
  const [add] = useAddSubprocessorMutation();
  const { data: suppliers } = useOrganisationsQuery({ kind: 'supplier', includeInactive: false });
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [supplierAgreementId, setSupplierAgreementId] = useState<number | null>(null);
  const [service, setService] = useState('');
  const [authorisedOn, setAuthorisedOn] = useState<string | null>(
    detail.subprocessorAuthorisation === 'specific' ? today : null,
  );
  const [errors, setErrors] = useState<
    Partial<Record<'organisationId' | 'supplierAgreementId' | 'authorisedOn', string>>
  >({});
  const { data: theirs } = useAgreementsQuery(
    { companyRole: 'controller', organisationId: organisationId ?? 0, pageSize: 100, sort: 'reference' },
    { skip: organisationId === null },
  );
  const supplier = (suppliers ?? []).find((candidate) => candidate.id === organisationId) ?? null;
  return (
    <FormDialog
      title={`Add a sub-processor for ${detail.organisation.name}`}
      submitLabel="Add sub-processor"
      fields={['organisationId', 'supplierAgreementId', 'authorisedOn'] as const}
      setErrors={setErrors}
      success={`${supplier?.name ?? 'The sub-processor'} was added.`}
      onClose={onClose}
      onSubmit={() =>
        add({
          id: detail.id,
          organisationId: organisationId ?? 0,
          supplierAgreementId,
          service,
          authorisedOn,
        })
      }
    >
      <Autocomplete
        options={suppliers ?? []}
        value={supplier}
        onChange={(_event, picked) => {
          setOrganisationId(picked?.id ?? null);
          setSupplierAgreementId(null);
          setErrors({});
        }}
        getOptionLabel={(option) => option.name}
        isOptionEqualToValue={(option, picked) => option.id === picked.id}
        autoHighlight
        renderInput={(params) => (
          <TextField
            {...params}
            label="Supplier"
            autoFocus
            error={!!errors.organisationId}
            helperText={errors.organisationId ?? 'A supplier from Customers and suppliers'}
          />
        )}
      />
      <TextField
        select
        label="Our agreement with the supplier"
        value={supplierAgreementId === null ? '' : String(supplierAgreementId)}
        onChange={(event) => setSupplierAgreementId(event.target.value ? Number(event.target.value) : null)}
        disabled={organisationId === null}
        error={!!errors.supplierAgreementId}
        helperText={
          errors.supplierAgreementId ??
          (organisationId !== null && theirs?.rows.length === 0
            ? 'No agreement with this supplier is registered: the chain will be flagged'
            : 'The same obligations must bind the sub-processor (Art. 28(4))')
        }
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">None registered</MenuItem>
        {(theirs?.rows ?? []).map((agreement) => (
          <MenuItem key={agreement.id} value={String(agreement.id)}>
            {agreement.reference} {agreement.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label="What it does for this customer"
        value={service}
        onChange={(event) => setService(event.target.value)}
      />
      {detail.subprocessorAuthorisation === 'general' && (
        <Alert severity="info">
          Under a general authorisation a new sub-processor is announced first (Change notices, below) and
          added once the customer’s objection window has passed without objection, or once the customer
          approved it in writing (Art. 28(2)). One listed in the agreement when it was signed is authorised by
          the agreement: give the signing date.
        </Alert>
      )}
      <CalendarDateField
        label={
          detail.subprocessorAuthorisation === 'specific'
            ? 'Authorised by the customer on'
            : 'Listed in the agreement signed on (optional)'
        }
        value={authorisedOn}
        onChange={setAuthorisedOn}
        error={!!errors.authorisedOn}
        helperText={
          errors.authorisedOn ??
          (detail.subprocessorAuthorisation === 'specific'
            ? 'The date of the customer’s prior written authorisation'
            : detail.signedOn
              ? `Only for a sub-processor named in the agreement itself (signed ${formatDate(detail.signedOn)})`
              : 'Only for a sub-processor named in the agreement itself')
        }
      />
    </FormDialog>
  );
}

function NoticeDialog({
  detail,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  today: string;
  onClose: () => void;
}) {
  const [add] = useAddNoticeMutation();
  const { data: suppliers } = useOrganisationsQuery({ kind: 'supplier', includeInactive: false });
  const [change, setChange] = useState<NoticeChange>('addition');
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [description, setDescription] = useState('');
  const [sentOn, setSentOn] = useState<string | null>(today);
  const [sentTo, setSentTo] = useState('');
  const [objectionDeadline, setObjectionDeadline] = useState<string | null>(
    format(addDays(parseISO(today), 30), 'yyyy-MM-dd'),
  );
  const [errors, setErrors] = useState<
    Partial<Record<'change' | 'organisationId' | 'description' | 'sentOn' | 'objectionDeadline', string>>
  >({});
  const supplier = (suppliers ?? []).find((candidate) => candidate.id === organisationId) ?? null;
  return (
    <FormDialog
      title={`Notify ${detail.organisation.name} of a change of sub-processors`}
      submitLabel="Record notice"
      fields={['change', 'organisationId', 'description', 'sentOn', 'objectionDeadline'] as const}
      setErrors={setErrors}
      success="The change notice was recorded."
      onClose={onClose}
      onSubmit={() =>
        add({
          id: detail.id,
          change,
          organisationId,
          description,
          sentOn: sentOn ?? '',
          sentTo,
          objectionDeadline: objectionDeadline ?? '',
        })
      }
    >
      <TextField
        select
        label="Change"
        value={change}
        onChange={(event) => setChange(event.target.value as NoticeChange)}
      >
        {noticeChanges.map((value) => (
          <MenuItem key={value} value={value}>
            {noticeChangeLabels[value]}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        options={suppliers ?? []}
        value={supplier}
        onChange={(_event, picked) => setOrganisationId(picked?.id ?? null)}
        getOptionLabel={(option) => option.name}
        isOptionEqualToValue={(option, picked) => option.id === picked.id}
        autoHighlight
        renderInput={(params) => (
          <TextField
            {...params}
            label="Sub-processor concerned"
            error={!!errors.organisationId}
            helperText={errors.organisationId}
          />
        )}
      />
      <TextField
        label="What changes"
        multiline
        minRows={2}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={!!errors.description}
        helperText={errors.description ?? 'As told to the customer'}
      />
      <Stack direction="row" spacing={2}>
        <CalendarDateField
          label="Sent on"
          value={sentOn}
          onChange={(value) => {
            setSentOn(value);
            if (value) setObjectionDeadline(format(addDays(parseISO(value), 30), 'yyyy-MM-dd'));
          }}
          error={!!errors.sentOn}
          helperText={errors.sentOn}
        />
        <CalendarDateField
          label="Objections until"
          value={objectionDeadline}
          onChange={setObjectionDeadline}
          error={!!errors.objectionDeadline}
          helperText={errors.objectionDeadline ?? 'The customer’s deadline to object'}
        />
      </Stack>
      <TextField
        label="Sent to"
        value={sentTo}
        onChange={(event) => setSentTo(event.target.value)}
        helperText="Who at the customer, and how"
      />
    </FormDialog>
  );
}

function ObjectionDialog({
  detail,
  target,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  target: ChangeNotice;
  today: string;
  onClose: () => void;
}) {
  const [record] = useRecordObjectionMutation();
  const [receivedOn, setReceivedOn] = useState<string | null>(today);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'receivedOn' | 'reason', string>>>({});
  return (
    <FormDialog
      title="Record the customer’s objection"
      submitLabel="Record objection"
      fields={['receivedOn', 'reason'] as const}
      setErrors={setErrors}
      success="The objection was recorded."
      onClose={onClose}
      onSubmit={() => record({ id: detail.id, noticeId: target.id, receivedOn: receivedOn ?? '', reason })}
    >
      <Typography variant="body2" color="text.secondary">
        {target.description} Objections until {formatDate(target.objectionDeadline)}.
      </Typography>
      <CalendarDateField
        label="Received on"
        value={receivedOn}
        onChange={setReceivedOn}
        error={!!errors.receivedOn}
        helperText={errors.receivedOn}
      />
      <TextField
        label="The objection"
        multiline
        minRows={2}
        autoFocus
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={!!errors.reason}
        helperText={errors.reason}
      />
    </FormDialog>
  );
}

function ResolveDialog({
  detail,
  target,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  target: ChangeNotice;
  today: string;
  onClose: () => void;
}) {
  const [resolve] = useResolveObjectionMutation();
  const [resolution, setResolution] = useState<ObjectionResolution>('objection-withdrawn');
  const [resolvedOn, setResolvedOn] = useState<string | null>(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'resolution' | 'resolvedOn', string>>>({});
  return (
    <FormDialog
      title="Resolve the objection"
      submitLabel="Record resolution"
      fields={['resolution', 'resolvedOn'] as const}
      setErrors={setErrors}
      success="The resolution was recorded."
      onClose={onClose}
      onSubmit={() =>
        resolve({ id: detail.id, noticeId: target.id, resolution, resolvedOn: resolvedOn ?? '', note })
      }
    >
      <Typography variant="body2" color="text.secondary">
        Objection of {formatDate(target.objection?.receivedOn)}: {target.objection?.reason}
      </Typography>
      <RadioGroup
        value={resolution}
        onChange={(event) => setResolution(event.target.value as ObjectionResolution)}
      >
        {objectionResolutions.map((value) => (
          <FormControlLabel
            key={value}
            value={value}
            control={<Radio />}
            label={objectionResolutionLabels[value]}
          />
        ))}
      </RadioGroup>
      {errors.resolution && <Alert severity="error">{errors.resolution}</Alert>}
      <CalendarDateField
        label="Resolved on"
        value={resolvedOn}
        onChange={setResolvedOn}
        error={!!errors.resolvedOn}
        helperText={errors.resolvedOn}
      />
      <TextField label="Note" value={note} onChange={(event) => setNote(event.target.value)} />
    </FormDialog>
  );
}

const noticeStateLook: Record<
  ChangeNotice['state'],
  { label: string; color: 'warning' | 'success' | 'error' | 'default' }
> = {
  'window-open': { label: 'Objection window open', color: 'warning' },
  accepted: { label: 'No objection', color: 'success' },
  objected: { label: 'Objection not resolved', color: 'error' },
  resolved: { label: 'Objection resolved', color: 'default' },
};

function ApprovalDialog({
  detail,
  target,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  target: ChangeNotice;
  today: string;
  onClose: () => void;
}) {
  const [record] = useRecordApprovalMutation();
  const [approvedOn, setApprovedOn] = useState<string | null>(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'approvedOn' | 'note', string>>>({});
  return (
    <FormDialog
      title="Record the customer’s written approval"
      submitLabel="Record approval"
      fields={['approvedOn', 'note'] as const}
      setErrors={setErrors}
      success="The approval was recorded."
      onClose={onClose}
      onSubmit={() => record({ id: detail.id, noticeId: target.id, approvedOn: approvedOn ?? '', note })}
    >
      <Typography variant="body2" color="text.secondary">
        {target.description} With the customer’s explicit approval the sub-processor may be added before the
        objection window closes ({formatDate(target.objectionDeadline)}).
      </Typography>
      <CalendarDateField
        label="Approved on"
        value={approvedOn}
        onChange={setApprovedOn}
        error={!!errors.approvedOn}
        helperText={errors.approvedOn}
      />
      <TextField
        label="Note"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={!!errors.note}
        helperText={errors.note ?? 'E.g. approved by e-mail from the customer’s DPO'}
      />
    </FormDialog>
  );
}

function NoticesCard({
  detail,
  today,
  editable,
}: {
  detail: AgreementDetail;
  today: string;
  editable: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const [objecting, setObjecting] = useState<ChangeNotice | null>(null);
  const [resolving, setResolving] = useState<ChangeNotice | null>(null);
  const [approving, setApproving] = useState<ChangeNotice | null>(null);
  return (
    <Card>
      <CardHeader
        title="Change notices and objections"
        subheader="Under the general authorisation we announce every addition or replacement; the customer may object by the deadline (Art. 28(2))."
        slotProps={titleProps}
        action={
          editable && (
            <Button startIcon={<AddIcon />} onClick={() => setAdding(true)} sx={{ mr: 1, mt: 1 }}>
              Record change notice
            </Button>
          )
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {detail.notices.length === 0 ? (
          <EmptyState title="No change notices sent yet" />
        ) : (
          <Table size="small" aria-label="Change notices">
            <TableHead>
              <TableRow>
                <TableCell>Sent</TableCell>
                <TableCell>Change</TableCell>
                <TableCell>Objections until</TableCell>
                <TableCell>Objection</TableCell>
                <TableCell>State</TableCell>
                {editable && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {detail.notices.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(entry.sentOn)}</TableCell>
                  <TableCell>
                    <Typography variant="body2">
                      {noticeChangeLabels[entry.change]}
                      {entry.organisation ? `: ${entry.organisation.name}` : ''}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {entry.description}
                      {entry.sentTo ? ` · to ${entry.sentTo}` : ''}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(entry.objectionDeadline)}</TableCell>
                  <TableCell>
                    {entry.objection ? (
                      <>
                        <Typography variant="body2">
                          {formatDate(entry.objection.receivedOn)}
                          {entry.objection.late ? ' (after the deadline)' : ''}: {entry.objection.reason}
                        </Typography>
                        {entry.resolution && (
                          <Typography variant="caption" color="text.secondary">
                            {objectionResolutionLabels[entry.resolution.outcome]},{' '}
                            {formatDate(entry.resolution.resolvedOn)}
                            {entry.resolution.note ? `: ${entry.resolution.note}` : ''}
                          </Typography>
                        )}
                      </>
                    ) : entry.approval ? (
                      <Typography variant="body2">
                        Approved in writing {formatDate(entry.approval.approvedOn)}
                        {entry.approval.note ? `: ${entry.approval.note}` : ''}
                      </Typography>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={noticeStateLook[entry.state].color}
                      label={entry.approval ? 'Approved' : noticeStateLook[entry.state].label}
                    />
                  </TableCell>
                  {editable && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {!entry.objection && !entry.approval && entry.state === 'window-open' && (
                        <Button size="small" onClick={() => setApproving(entry)}>
                          Record approval
                        </Button>
                      )}
                      {!entry.objection && !entry.approval && (
                        <Button size="small" onClick={() => setObjecting(entry)}>
                          Record objection
                        </Button>
                      )}
                      {entry.state === 'objected' && (
                        <Button size="small" onClick={() => setResolving(entry)}>
                          Resolve
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {adding && <NoticeDialog detail={detail} today={today} onClose={() => setAdding(false)} />}
      {objecting && (
        <ObjectionDialog
          detail={detail}
          target={objecting}
          today={today}
          onClose={() => setObjecting(null)}
        />
      )}
      {resolving && (
        <ResolveDialog detail={detail} target={resolving} today={today} onClose={() => setResolving(null)} />
      )}
      {approving && (
        <ApprovalDialog detail={detail} target={approving} today={today} onClose={() => setApproving(null)} />
      )}
    </Card>
  );
}

function CustomerChain({
  detail,
  today,
  editable,
}: {
  detail: AgreementDetail;
  today: string;
  editable: boolean;
}) {
  const dispatch = useAppDispatch();
  const [adding, setAdding] = useState(false);
  const [remove] = useRemoveSubprocessorMutation();
  const [restore] = useRestoreSubprocessorMutation();
  const removeLink = async (linkId: number, name: string) => {
    const result = await remove({ id: detail.id, subprocessorId: linkId });
    if ('error' in result && result.error) {
      dispatch(notice((result.error as { message: string }).message, 'error'));
      return;
    }
    dispatch(
      notice(`${name} is no longer a sub-processor for ${detail.organisation.name}.`, 'success', {
        label: 'Undo',
        run: () => void restore({ id: detail.id, subprocessorId: linkId }),
      }),
    );
  };
  return (
    <Stack spacing={2}>
      <Card>
        <CardHeader
          title={`Sub-processors for ${detail.organisation.name}`}
          subheader={
            detail.subprocessorAuthorisation
              ? authorisationLabels[detail.subprocessorAuthorisation]
              : 'The agreement does not say how sub-processors are authorised: edit the agreement to record it.'
          }
          slotProps={titleProps}
          action={
            editable && (
              <Button startIcon={<AddIcon />} onClick={() => setAdding(true)} sx={{ mr: 1, mt: 1 }}>
                Add sub-processor
              </Button>
            )
          }
        />
        <CardContent sx={{ pt: 0 }}>
          <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }} aria-label="The chain">
            <Chip label={`${detail.organisation.name} (controller)`} color="primary" variant="outlined" />
            <ArrowForwardIcon fontSize="small" color="action" />
            <Chip label="We Assist AS (processor)" />
            <ArrowForwardIcon fontSize="small" color="action" />
            <Chip
              label={`${detail.subprocessors.length} sub-processor${detail.subprocessors.length === 1 ? '' : 's'}`}
              color="secondary"
              variant="outlined"
            />
          </Stack>
          {detail.subprocessors.length === 0 ? (
            <EmptyState title="No sub-processors recorded">
              Add each supplier that processes this customer’s data for us, with our own agreement with it.
            </EmptyState>
          ) : (
            <Table size="small" aria-label="Sub-processors">
              <TableHead>
                <TableRow>
                  <TableCell>Sub-processor</TableCell>
                  <TableCell>Our agreement with it</TableCell>
                  <TableCell>Service</TableCell>
                  <TableCell>Authorised</TableCell>
                  <TableCell>Check</TableCell>
                  {editable && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {detail.subprocessors.map((link) => (
                  <TableRow key={link.id}>
                    <TableCell>
                      <Link component={RouterLink} to={`/registers/organisations/${link.organisation.id}`}>
                        {link.organisation.name}
                      </Link>
                      <Stack direction="row" spacing={0.5} alignItems="center" sx={{ mt: 0.5 }}>
                        <Typography variant="caption">{countryName(link.organisation.country)}</Typography>
                        <TransferStatusChip country={link.organisation.country} />
                      </Stack>
                    </TableCell>
                    <TableCell>
                      {link.supplierAgreement ? (
                        <Stack spacing={0.5} alignItems="flex-start">
                          <AgreementLink agreement={link.supplierAgreement} />
                          <StatusChip status={link.supplierAgreement.status} />
                        </Stack>
                      ) : (
                        <Typography variant="body2" color="error">
                          None linked
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{link.service ?? '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {formatDate(link.authorisedOn) || '—'}
                    </TableCell>
                    <TableCell>
                      <Problems problems={link.problems} />
                    </TableCell>
                    {editable && (
                      <TableCell align="right">
                        <Tooltip title="Remove">
                          <IconButton
                            aria-label={`Remove ${link.organisation.name}`}
                            onClick={() => void removeLink(link.id, link.organisation.name)}
                          >
                            <DeleteOutlineIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {detail.subprocessorAuthorisation === 'general' && (
        <NoticesCard detail={detail} today={today} editable={editable} />
      )}
      {adding && <AddSubprocessorDialog detail={detail} today={today} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function SupplierChain({ detail, editable }: { detail: AgreementDetail; editable: boolean }) {
  const dispatch = useAppDispatch();
  const [add, { isLoading }] = useAddDeclaredSubprocessorMutation();
  const [remove] = useRemoveDeclaredSubprocessorMutation();
  const [restore] = useRestoreDeclaredSubprocessorMutation();
  const [name, setName] = useState('');
  const [country, setCountry] = useState<CountryCode | null>(null);
  const [service, setService] = useState('');
  const [error, setError] = useState<string | null>(null);
  const declare = async () => {
    setError(null);
    if (!country) return;
    const result = await add({ id: detail.id, name, country, service });
    if ('error' in result && result.error) {
      setError((result.error as { message: string }).message);
      return;
    }
    dispatch(notice(`${name} was added to the supplier’s sub-processors.`));
    setName('');
    setCountry(null);
    setService('');
  };
  const removeDeclared = async (declaredId: number, declaredName: string) => {
    const result = await remove({ id: detail.id, declaredId });
    if ('error' in result && result.error) {
      dispatch(notice((result.error as { message: string }).message, 'error'));
      return;
    }
    dispatch(
      notice(`${declaredName} was removed.`, 'success', {
        label: 'Undo',
        run: () => void restore({ id: detail.id, declaredId }),
      }),
    );
  };
  return (
    <Stack spacing={2}>
      <Card>
        <CardHeader
          title="Customers whose data this supplier processes"
          subheader={`Customer agreements that use ${detail.organisation.name} as our sub-processor.`}
          slotProps={titleProps}
        />
        <CardContent sx={{ pt: 0 }}>
          {detail.usedFor.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              No customer agreement names {detail.organisation.name} as a sub-processor.
            </Typography>
          ) : (
            <Table size="small" aria-label="Used for customers">
              <TableHead>
                <TableRow>
                  <TableCell>Customer</TableCell>
                  <TableCell>Customer agreement</TableCell>
                  <TableCell>Service</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {detail.usedFor.map((link) => (
                  <TableRow key={link.linkId}>
                    <TableCell>
                      <Link component={RouterLink} to={`/registers/organisations/${link.customer.id}`}>
                        {link.customer.name}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1} alignItems="center">
                        <AgreementLink agreement={link.agreement} />
                        <StatusChip status={link.agreement.status} />
                      </Stack>
                    </TableCell>
                    <TableCell>{link.service ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader
          title="Sub-processors the supplier declared"
          subheader="As listed in the agreement or its annex. Their countries count as processing locations for the transfer check."
          slotProps={titleProps}
        />
        <CardContent sx={{ pt: 0 }}>
          {detail.declaredSubprocessors.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              The supplier declared no sub-processors.
            </Typography>
          ) : (
            <Table size="small" aria-label="Declared sub-processors" sx={{ mb: 2 }}>
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Country</TableCell>
                  <TableCell>Service</TableCell>
                  {editable && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {detail.declaredSubprocessors.map((entry) => (
                  <TableRow key={entry.id}>
                    <TableCell>{entry.name}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1} alignItems="center">
                        <span>{countryName(entry.country)}</span>
                        <TransferStatusChip country={entry.country} />
                      </Stack>
                    </TableCell>
                    <TableCell>{entry.service ?? '—'}</TableCell>
                    {editable && (
                      <TableCell align="right">
                        <IconButton
                          aria-label={`Remove ${entry.name}`}
                          onClick={() => void removeDeclared(entry.id, entry.name)}
                        >
                          <DeleteOutlineIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {editable && (
            <Box
              component="form"
              onSubmit={(event) => {
                event.preventDefault();
                void declare();
              }}
              aria-label="Declare a sub-processor"
            >
              {error && (
                <Alert severity="error" sx={{ mb: 1 }}>
                  {error}
                </Alert>
              )}
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} alignItems="flex-start">
                <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} />
                <Box sx={{ width: '100%' }}>
                  <CountrySelect
                    label="Country"
                    value={country}
                    onChange={(code) => setCountry(code && isCountryCode(code) ? code : null)}
                  />
                </Box>
                <TextField
                  label="Service"
                  value={service}
                  onChange={(event) => setService(event.target.value)}
                />
                <Button
                  type="submit"
                  variant="outlined"
                  disabled={isLoading || !name.trim() || !country}
                  sx={{ flexShrink: 0 }}
                >
                  Add
                </Button>
              </Stack>
            </Box>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}

export function SubprocessorsPanel({ detail, today }: { detail: AgreementDetail; today: string }) {
  const editable = detail.canEdit && !endedStatuses.includes(detail.status);
  return detail.companyRole === 'processor' ? (
    <CustomerChain detail={detail} today={today} editable={editable} />
  ) : (
    <SupplierChain detail={detail} editable={editable} />
  );
}
