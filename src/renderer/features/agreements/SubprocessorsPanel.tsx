import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  IconButton,
  Link,
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
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import { authorisationLabels, endedStatuses } from '../../../shared/agreements/rules';
import { type CountryCode, countryName, isCountryCode } from '../../../shared/countries';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { CountrySelect, TransferStatusChip } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { StatusChip } from './agreementUi';
import {
  useAddDeclaredSubprocessorMutation,
  useRemoveDeclaredSubprocessorMutation,
  useRemoveSubprocessorMutation,
  useRestoreDeclaredSubprocessorMutation,
  useRestoreSubprocessorMutation,
} from './agreementsApi';
import { NoticesCard } from './NoticesCard';
import { AddSubprocessorDialog } from './SubprocessorDialogs';

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
