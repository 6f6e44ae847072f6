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
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Link as RouterLink } from 'react-router';
import type { AgreementSummary } from '../../../shared/agreements/contract';
import type { Organisation } from '../../../shared/organisations/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChecklistMeter, StatusChip, TransferFlagChip } from './agreementUi';
import { useOrganisationAgreementsQuery } from './agreementsApi';

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
  const { data, error } = useOrganisationAgreementsQuery({ organisationId: organisation.id });
  const add = (direction: 'controller' | 'processor') =>
    `/registers/agreements?new=${direction}&organisation=${organisation.id}`;
  return (
    <Card>
      <CardHeader
        title="Data processing agreements"
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          canAdd &&
          organisation.active && (
            <Stack direction="row" spacing={1} sx={{ mr: 1, mt: 1 }}>
              {organisation.isSupplier && (
                <Button size="small" startIcon={<AddIcon />} component={RouterLink} to={add('controller')}>
                  Supplier agreement
                </Button>
              )}
              {organisation.isCustomer && (
                <Button size="small" startIcon={<AddIcon />} component={RouterLink} to={add('processor')}>
                  Customer agreement
                </Button>
              )}
            </Stack>
          )
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <ErrorAlert error={error} />
        {organisation.isSupplier && (
          <Box sx={{ mb: 2 }} component="section" aria-label="As our supplier">
            <Typography variant="subtitle2" gutterBottom>
              As our supplier (we are controller, it processes for us)
            </Typography>
            <AgreementList rows={data?.asSupplier ?? []} empty="No supplier agreement registered." />
          </Box>
        )}
        {organisation.isCustomer && (
          <Box sx={{ mb: 2 }} component="section" aria-label="As our customer">
            <Typography variant="subtitle2" gutterBottom>
              As our customer (we process its data)
            </Typography>
            <AgreementList rows={data?.asCustomer ?? []} empty="No customer agreement registered." />
          </Box>
        )}
        {(data?.subprocessorFor.length ?? 0) > 0 && (
          <Box component="section" aria-label="Sub-processor for">
            <Typography variant="subtitle2" gutterBottom>
              Our sub-processor for these customers
            </Typography>
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
                        ? `Under our agreement ${link.via.reference} with ${organisation.name}`
                        : `No agreement with ${organisation.name} is linked`
                    }
                  />
                </ListItem>
              ))}
            </List>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
