import {
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import type { AgreementDetail, ChangeNotice } from '../../../shared/agreements/contract';
import { noticeChangeLabels, objectionResolutionLabels } from '../../../shared/agreements/rules';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { ApprovalDialog, ObjectionDialog, ResolveDialog } from './ObjectionDialogs';
import { NoticeDialog } from './SubprocessorDialogs';
import { titleProps } from './panelParts';

const noticeStateLook: Record<
  ChangeNotice['state'],
  { label: string; color: 'warning' | 'success' | 'error' | 'default' }
> = {
  'window-open': { label: 'Objection window open', color: 'warning' },
  accepted: { label: 'No objection', color: 'success' },
  objected: { label: 'Objection not resolved', color: 'error' },
  resolved: { label: 'Objection resolved', color: 'default' },
};

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
