import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  FormControlLabel,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import type { AgreementDetail, ChangeNotice } from '../../../shared/agreements/contract';
import {
  noticeChangeLabels,
  objectionResolutionLabels,
  objectionResolutions,
  type ObjectionResolution,
} from '../../../shared/agreements/rules';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { CalendarDateField } from '../../components/CalendarDateField';
import {
  useRecordApprovalMutation,
  useRecordObjectionMutation,
  useResolveObjectionMutation,
} from './agreementsApi';
import { FormDialog } from './FormDialog';
import { NoticeDialog } from './SubprocessorDialogs';

const titleProps = { title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } } as const;

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

export function NoticesCard({
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
