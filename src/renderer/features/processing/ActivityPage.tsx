import {
  Alert,
  AlertTitle,
  Box,
  Breadcrumbs,
  Button,
  Card,
  CardContent,
  CardHeader,
  CircularProgress,
  Grid,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import UnarchiveOutlinedIcon from '@mui/icons-material/UnarchiveOutlined';
import { type ReactNode, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import {
  derogationLabels,
  sccModuleLabels,
  type SccModule,
  specialCategoryLabels,
  transferBasisLabels,
  transferDirectionLabels,
} from '../../../shared/agreements/rules';
import { countryName } from '../../../shared/countries';
import type { ActivityDetail } from '../../../shared/processing/contract';
import { legalBasisLabels } from '../../../shared/processing/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { ActivityDialog } from './ActivityDialog';
import { CompletenessChips, RoleChip } from './ProcessingPage';
import {
  useProcessingActivityQuery,
  useProcessingHistoryQuery,
  useRestoreActivityMutation,
} from './processingApi';
import { HistoryCard, titleProps } from '../agreements/panelParts';
import { ArchiveDialog } from './ArchiveDialog';

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid container spacing={1} sx={{ py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
      <Grid size={{ xs: 12, md: 4 }}>
        <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-line' }}>
          {children}
        </Typography>
      </Grid>
    </Grid>
  );
}

const notYet = <em>Not yet recorded</em>;
const list = (values: readonly string[]) => (values.length > 0 ? values.join('; ') : notYet);

function Content({ detail }: { detail: ActivityDetail }) {
  const controller = detail.role === 'controller';
  return (
    <Card>
      <CardHeader
        title={controller ? 'What Art. 30(1) asks for' : 'What Art. 30(2) asks for'}
        subheader={
          controller
            ? 'We Assist AS is controller: we decide why and how the data is processed.'
            : `We process for ${detail.customer?.name ?? 'the customer'}, on its documented instructions.`
        }
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {!controller && (
          <>
            <Line label="Controller (the customer)">
              {detail.customer?.name ?? notYet}
              {detail.agreement && (
                <>
                  {', agreement '}
                  <Link component={RouterLink} to={`/registers/agreements/${detail.agreement.id}`}>
                    {detail.agreement.reference}
                  </Link>
                </>
              )}
            </Line>
            <Line label="Categories of processing (Art. 30(2)(b))">
              {detail.processingCategories ?? notYet}
            </Line>
          </>
        )}
        <Line label={controller ? 'Purposes (Art. 30(1)(b))' : 'Purposes'}>{detail.purposes ?? notYet}</Line>
        {controller && (
          <Line label="Legal basis (Art. 6(1))">
            {detail.legalBases.length > 0
              ? detail.legalBases.map((basis) => legalBasisLabels[basis]).join('; ')
              : notYet}
            {detail.legalBasisNote ? `\n${detail.legalBasisNote}` : ''}
          </Line>
        )}
        <Line label="Categories of people (Art. 30(1)(c))">{list(detail.dataSubjects)}</Line>
        <Line label="Categories of personal data (Art. 30(1)(c))">
          {list(detail.dataCategories)}
          {detail.specialCategories.length > 0 &&
            `\nSpecial categories: ${detail.specialCategories.map((key) => specialCategoryLabels[key]).join(', ')}`}
        </Line>
        {controller && (
          <Line label="Categories of recipients (Art. 30(1)(d))">{list(detail.recipients)}</Line>
        )}
        {controller && (
          <Line label="Time limits for erasure (Art. 30(1)(f))">{detail.retention ?? notYet}</Line>
        )}
        <Line label="Security measures">{detail.securityMeasures ?? notYet}</Line>
        {detail.notes && <Line label="Notes">{detail.notes}</Line>}
      </CardContent>
    </Card>
  );
}

function Transfers({ detail }: { detail: ActivityDetail }) {
  return (
    <Card>
      <CardHeader
        title="Transfers outside the EEA"
        subheader="Each with its basis under Chapter V, checked by the same rules as the agreements' transfers."
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {detail.transfers.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            None: the data stays in the EEA.
          </Typography>
        ) : (
          <Table size="small" aria-label="Transfers">
            <TableHead>
              <TableRow>
                <TableCell>Recipient</TableCell>
                <TableCell>Country</TableCell>
                <TableCell>Basis</TableCell>
                <TableCell>Check</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {detail.transfers.map((transfer, index) => (
                <TableRow key={index}>
                  <TableCell>{transfer.recipient}</TableCell>
                  <TableCell>{countryName(transfer.country)}</TableCell>
                  <TableCell>
                    {transferBasisLabels[transfer.basis]}
                    {transfer.basis === 'scc' && transfer.sccModule
                      ? `, ${sccModuleLabels[transfer.sccModule as SccModule].toLowerCase()}`
                      : ''}
                    {transfer.basis === 'derogation' && transfer.derogation
                      ? ` ${derogationLabels[transfer.derogation]}`
                      : ''}
                    <Typography variant="caption" color="text.secondary" component="div">
                      {transferDirectionLabels[transfer.direction]}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {transfer.errors.length === 0 ? (
                      'A valid basis'
                    ) : (
                      <Typography variant="body2" color="error">
                        {transfer.errors.join(' ')}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function History({ id }: { id: number }) {
  const { data } = useProcessingHistoryQuery({ id });
  return (
    <HistoryCard
      entries={data}
      empty={
        <Typography variant="body2" color="text.secondary">
          Recorded with the database (from the privacy statement); not changed since.
        </Typography>
      }
    />
  );
}

/** One processing activity of the record (Art. 30), with what it still lacks. */
export function ActivityPage() {
  const { id } = useParams();
  const dispatch = useAppDispatch();
  const {
    data: detail,
    error,
    isLoading,
  } = useProcessingActivityQuery({ id: Number(id) }, { skip: !Number.isInteger(Number(id)) });
  const [restore] = useRestoreActivityMutation();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !detail) return <CircularProgress aria-label="Loading the processing activity" />;
  const report = (result: { data?: unknown; error?: unknown }, success: string) => {
    if ('error' in result && result.error)
      dispatch(notice((result.error as { message?: string }).message ?? 'Something went wrong.', 'error'));
    else dispatch(notice(success));
  };
  return (
    <Stack spacing={2}>
      <Breadcrumbs aria-label="Breadcrumbs">
        <Link component={RouterLink} to="/registers/processing">
          Processing activities
        </Link>
        <Typography color="text.primary">{detail.reference}</Typography>
      </Breadcrumbs>
      <Stack direction="row" justifyContent="space-between" alignItems="flex-start" spacing={2}>
        <Box>
          <Typography variant="h4" component="h1">
            {detail.reference} {detail.name}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} alignItems="center">
            <RoleChip role={detail.role} />
            <CompletenessChips row={detail} />
          </Stack>
        </Box>
        {detail.canEdit && (
          <Stack direction="row" spacing={1}>
            {!detail.archived && (
              <Button variant="contained" startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
                Edit
              </Button>
            )}
            {detail.archived ? (
              <Button
                startIcon={<UnarchiveOutlinedIcon />}
                onClick={() =>
                  void restore({ id: detail.id }).then((result) =>
                    report(result, `${detail.reference} is back in the record.`),
                  )
                }
              >
                Restore
              </Button>
            ) : (
              <Button startIcon={<ArchiveOutlinedIcon />} onClick={() => setArchiving(true)}>
                Archive
              </Button>
            )}
          </Stack>
        )}
      </Stack>
      {detail.archive && (
        <Alert severity="info">
          Archived {formatDateTime(detail.archive.at)} by {detail.archive.by}: {detail.archive.reason}
        </Alert>
      )}
      {detail.missing.length > 0 && (
        <Alert severity="warning">
          <AlertTitle>Still to record</AlertTitle>
          {detail.missing.join('; ')}.
        </Alert>
      )}
      <Content detail={detail} />
      <Transfers detail={detail} />
      <History id={detail.id} />
      {editing && <ActivityDialog detail={detail} onClose={() => setEditing(false)} />}
      {archiving && <ArchiveDialog detail={detail} onClose={() => setArchiving(false)} />}
    </Stack>
  );
}
