import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Link,
  Stack,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { agreementsChannels, type AgreementDetail } from '../../../shared/agreements/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
import { FormCountrySelect } from '../../components/form/FormCountrySelect';
import { useT } from '../../i18n';
import { StatusChip } from './agreementUi';
import {
  useAddDeclaredSubprocessorMutation,
  useRemoveDeclaredSubprocessorMutation,
  useRestoreDeclaredSubprocessorMutation,
} from './agreementsApi';
import { AgreementLink, CountryWithStatus, RemoveRowButton, titleProps } from './panelParts';
import { RecordTable } from '../../components/RecordTable';

const declareForm = agreementsChannels['agreements.addDeclaredSubprocessor'].input.omit({ id: true });

/** The customers a supplier works for through us. */
function UsedForCard({ detail }: { detail: AgreementDetail }) {
  const t = useT('agreementPanels');
  return (
    <Card>
      <CardHeader
        title={t('usedForTitle')}
        subheader={t('usedForSubheader', { name: detail.organisation.name })}
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <RecordTable
          label={t('usedForTable')}
          headings={[t('colCustomer'), t('colCustomerAgreement'), t('colService')]}
          rows={detail.usedFor}
          empty={
            <Typography variant="body2" color="text.secondary">
              {t('usedForNone', { name: detail.organisation.name })}
            </Typography>
          }
        >
          {(link) => (
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
          )}
        </RecordTable>
      </CardContent>
    </Card>
  );
}

/** The form under the declared sub-processors: name, country and service, then Add. */
function DeclareForm({ detail }: { detail: AgreementDetail }) {
  const t = useT('agreementPanels');
  const common = useT('common');
  const dispatch = useAppDispatch();
  const [add] = useAddDeclaredSubprocessorMutation();
  const { field, handleSubmit, reset, formState, formError, settle } = useChannelForm(declareForm, {
    name: '',
    country: undefined,
    service: '',
  });
  const declare = handleSubmit(async (values) => {
    if (!settle(await add({ id: detail.id, ...values })).ok) return;
    dispatch(notice(t('declaredAdded', { name: values.name })));
    reset();
  });
  return (
    <Box component="form" onSubmit={(event) => void declare(event)} noValidate aria-label={t('declareForm')}>
      <FormError message={formError} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} alignItems="flex-start">
        <FormTextField {...field('name')} label={t('name')} />
        <Box sx={{ width: '100%' }}>
          <FormCountrySelect {...field('country')} label={t('country')} />
        </Box>
        <FormTextField {...field('service')} label={t('service')} />
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting} sx={{ flexShrink: 0 }}>
          {common('add')}
        </Button>
      </Stack>
    </Box>
  );
}

/** A supplier agreement's chain: the customers it serves through us, and its own sub-processors. */
export function SupplierChain({ detail, editable }: { detail: AgreementDetail; editable: boolean }) {
  const [remove] = useRemoveDeclaredSubprocessorMutation();
  const [restore] = useRestoreDeclaredSubprocessorMutation();
  const t = useT('agreementPanels');
  return (
    <Stack spacing={2}>
      <UsedForCard detail={detail} />
      <Card>
        <CardHeader title={t('declaredTitle')} subheader={t('declaredSubheader')} slotProps={titleProps} />
        <CardContent sx={{ pt: 0 }}>
          <RecordTable
            label={t('declaredTable')}
            headings={[t('colName'), t('colCountry'), t('colService')]}
            editable={editable}
            sx={{ mb: 2 }}
            rows={detail.declaredSubprocessors}
            empty={
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {t('declaredNone')}
              </Typography>
            }
          >
            {(entry) => (
              <TableRow key={entry.id}>
                <TableCell>{entry.name}</TableCell>
                <TableCell>
                  <CountryWithStatus country={entry.country} />
                </TableCell>
                <TableCell>{entry.service ?? '—'}</TableCell>
                {editable && (
                  <TableCell align="right">
                    <RemoveRowButton
                      name={entry.name}
                      message={t('wasRemoved', { name: entry.name })}
                      remove={() => remove({ id: detail.id, declaredId: entry.id })}
                      restore={() => restore({ id: detail.id, declaredId: entry.id })}
                    />
                  </TableCell>
                )}
              </TableRow>
            )}
          </RecordTable>
          {editable && <DeclareForm detail={detail} />}
        </CardContent>
      </Card>
    </Stack>
  );
}
