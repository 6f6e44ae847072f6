import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  type SxProps,
  type Theme,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AgreementSummary } from '../../../shared/agreements/contract';
import type { Organisation } from '../../../shared/organisations/contract';
import { useT } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChecklistMeter, StatusChip, TransferFlagChip } from './agreementUi';
import { useOrganisationAgreementsQuery } from './agreementsApi';

/** A part of the card: a section named for screen readers, under its heading. */
function Part({
  label,
  heading,
  sx,
  children,
}: {
  label: string;
  heading: string;
  sx?: SxProps<Theme>;
  children: ReactNode;
}) {
  return (
    <Box sx={sx} component="section" aria-label={label}>
      <Typography variant="subtitle2" gutterBottom>
        {heading}
      </Typography>
      {children}
    </Box>
  );
}

function AgreementList({ rows, empty }: { rows: readonly AgreementSummary[]; empty: string }) {
  if (rows.length === 0)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {empty}
      </Typography>
    );
  return (
    <List dense disablePadding>
      {rows.map((row) => (
        <ListItem key={row.id} disableGutters divider>
          <ListItemText
            primary={
              <Link component={RouterLink} to={`/registers/agreements/${row.id}`}>
                {row.reference} {row.title}
              </Link>
            }
            secondary={
              <Stack direction="row" spacing={1} alignItems="center" component="span" sx={{ mt: 0.5 }}>
                <StatusChip status={row.status} />
                <Box component="span" sx={{ width: 120 }}>
                  <ChecklistMeter summary={row.checklist} compact />
                </Box>
                {row.transferFlag && <TransferFlagChip />}
              </Stack>
            }
            slotProps={{ secondary: { component: 'div' } }}
          />
        </ListItem>
      ))}
    </List>
  );
}

/** The organisation's agreements both ways, and the customers it processes data for as our sub-processor. */
export function OrganisationAgreements({
  organisation,
  canAdd,
}: {
  organisation: Organisation;
  canAdd: boolean;
}) {
  const t = useT('agreementPanels');
  const { data, error } = useOrganisationAgreementsQuery({ organisationId: organisation.id });
  const add = (direction: 'controller' | 'processor') =>
    `/registers/agreements?new=${direction}&organisation=${organisation.id}`;
  return (
    <Card>
      <CardHeader
        title={t('orgAgreementsTitle')}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          canAdd &&
          organisation.active && (
            <Stack direction="row" spacing={1} sx={{ mr: 1, mt: 1 }}>
              {organisation.isSupplier && (
                <Button size="small" startIcon={<AddIcon />} component={RouterLink} to={add('controller')}>
                  {t('supplierAgreement')}
                </Button>
              )}
              {organisation.isCustomer && (
                <Button size="small" startIcon={<AddIcon />} component={RouterLink} to={add('processor')}>
                  {t('customerAgreement')}
                </Button>
              )}
            </Stack>
          )
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <ErrorAlert error={error} />
        {organisation.isSupplier && (
          <Part label={t('asSupplierLabel')} heading={t('asSupplier')} sx={{ mb: 2 }}>
            <AgreementList rows={data?.asSupplier ?? []} empty={t('noSupplierAgreement')} />
          </Part>
        )}
        {organisation.isCustomer && (
          <Part label={t('asCustomerLabel')} heading={t('asCustomer')} sx={{ mb: 2 }}>
            <AgreementList rows={data?.asCustomer ?? []} empty={t('noCustomerAgreement')} />
          </Part>
        )}
        {(data?.subprocessorFor.length ?? 0) > 0 && (
          <Part label={t('subprocessorForLabel')} heading={t('subprocessorFor')}>
            <List dense disablePadding>
              {data?.subprocessorFor.map((link) => (
                <ListItem key={link.linkId} disableGutters divider>
                  <ListItemText
                    primary={
                      <>
                        <Link component={RouterLink} to={`/registers/organisations/${link.customer.id}`}>
                          {link.customer.name}
                        </Link>{' '}
                        ·{' '}
                        <Link component={RouterLink} to={`/registers/agreements/${link.agreement.id}`}>
                          {link.agreement.reference} {link.agreement.title}
                        </Link>
                      </>
                    }
                    secondary={
                      link.via
                        ? t('underOurAgreement', { reference: link.via.reference, name: organisation.name })
                        : t('noAgreementLinked', { name: organisation.name })
                    }
                  />
                </ListItem>
              ))}
            </List>
          </Part>
        )}
      </CardContent>
    </Card>
  );
}
