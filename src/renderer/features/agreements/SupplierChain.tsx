import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { agreementsChannels, type AgreementDetail } from '../../../shared/agreements/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
import { FormCountrySelect } from '../../components/form/FormCountrySelect';
import { StatusChip } from './agreementUi';
import {
  useAddDeclaredSubprocessorMutation,
  useRemoveDeclaredSubprocessorMutation,
  useRestoreDeclaredSubprocessorMutation,
} from './agreementsApi';
import { AgreementLink, CountryWithStatus, RemoveButton, titleProps, useRemoveWithUndo } from './panelParts';

const declareForm = agreementsChannels['agreements.addDeclaredSubprocessor'].input.omit({ id: true });

/** The customers a supplier works for through us. */
function UsedForCard({ detail }: { detail: AgreementDetail }) {
  return (
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
  );
}

/** The form under the declared sub-processors: name, country and service, then Add. */
function DeclareForm({ detail }: { detail: AgreementDetail }) {
  const dispatch = useAppDispatch();
  const [add] = useAddDeclaredSubprocessorMutation();
  const { control, handleSubmit, reset, formState, formError, settle } = useChannelForm(declareForm, {
    name: '',
    country: undefined,
    service: '',
  });
  const declare = handleSubmit(async (values) => {
    if (!settle(await add({ id: detail.id, ...values })).ok) return;
    dispatch(notice(`${values.name} was added to the supplier’s sub-processors.`));
    reset();
  });
  return (
    <Box
      component="form"
      onSubmit={(event) => void declare(event)}
      noValidate
      aria-label="Declare a sub-processor"
    >
      <FormError message={formError} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} alignItems="flex-start">
        <FormTextField control={control} name="name" label="Name" />
        <Box sx={{ width: '100%' }}>
          <FormCountrySelect control={control} name="country" label="Country" />
        </Box>
        <FormTextField control={control} name="service" label="Service" />
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting} sx={{ flexShrink: 0 }}>
          Add
        </Button>
      </Stack>
    </Box>
  );
}

/** A supplier agreement's chain: the customers it serves through us, and its own sub-processors. */
export function SupplierChain({ detail, editable }: { detail: AgreementDetail; editable: boolean }) {
  const [remove] = useRemoveDeclaredSubprocessorMutation();
  const [restore] = useRestoreDeclaredSubprocessorMutation();
  const removeWithUndo = useRemoveWithUndo();
  return (
    <Stack spacing={2}>
      <UsedForCard detail={detail} />
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
                      <CountryWithStatus country={entry.country} />
                    </TableCell>
                    <TableCell>{entry.service ?? '—'}</TableCell>
                    {editable && (
                      <TableCell align="right">
                        <RemoveButton
                          name={entry.name}
                          onClick={() =>
                            void removeWithUndo(
                              remove({ id: detail.id, declaredId: entry.id }),
                              `${entry.name} was removed.`,
                              () => restore({ id: detail.id, declaredId: entry.id }),
                            )
                          }
                        />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {editable && <DeclareForm detail={detail} />}
        </CardContent>
      </Card>
    </Stack>
  );
}
