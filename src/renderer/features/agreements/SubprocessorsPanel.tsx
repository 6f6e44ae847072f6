import {
  Card,
  CardContent,
  CardHeader,
  Chip,
  Link,
  Stack,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import type { Phrase } from '../../../shared/i18n/phrases';
import { endedStatuses } from '../../../shared/agreements/rules';
import { countryName } from '../../../shared/countries';
import { TransferStatusChip } from '../../components/CountrySelect';
import { useLabels, useSay, useT } from '../../i18n';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { StatusChip } from './agreementUi';
import { useRemoveSubprocessorMutation, useRestoreSubprocessorMutation } from './agreementsApi';
import { NoticesCard } from './NoticesCard';
import { AgreementLink, CardAddButton, RemoveRowButton, titleProps } from './panelParts';
import { RecordTable } from '../../components/RecordTable';
import { SupplierChain } from './SupplierChain';
import { AddSubprocessorDialog } from './SubprocessorDialogs';

function Problems({ problems }: { problems: readonly Phrase[] }) {
  const t = useT('agreementPanels');
  const say = useSay();
  if (problems.length === 0)
    return (
      <Typography variant="body2" color="success.main">
        {t('inOrder')}
      </Typography>
    );
  return (
    <Stack spacing={0.5}>
      {problems.map((problem) => (
        <Stack key={say(problem)} direction="row" spacing={0.5} alignItems="flex-start">
          <WarningAmberOutlinedIcon fontSize="small" color="warning" />
          <Typography variant="body2">{say(problem)}</Typography>
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
  const t = useT('agreementPanels');
  const authorisationLabels = useLabels('authorisation');
  const [adding, setAdding] = useState(false);
  const [remove] = useRemoveSubprocessorMutation();
  const [restore] = useRestoreSubprocessorMutation();
  return (
    <Stack spacing={2}>
      <Card>
        <CardHeader
          title={t('subprocessorsForTitle', { name: detail.organisation.name })}
          subheader={
            detail.subprocessorAuthorisation
              ? authorisationLabels[detail.subprocessorAuthorisation]
              : t('authorisationUnknown')
          }
          slotProps={titleProps}
          action={editable && <CardAddButton label={t('addSubprocessor')} onClick={() => setAdding(true)} />}
        />
        <CardContent sx={{ pt: 0 }}>
          <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }} aria-label={t('theChain')}>
            <Chip
              label={t('chainController', { name: detail.organisation.name })}
              color="primary"
              variant="outlined"
            />
            <ArrowForwardIcon fontSize="small" color="action" />
            <Chip label={t('chainUs')} />
            <ArrowForwardIcon fontSize="small" color="action" />
            <Chip
              label={t('subprocessorCount', { count: detail.subprocessors.length })}
              color="secondary"
              variant="outlined"
            />
          </Stack>
          <RecordTable
            label={t('subprocessorsTable')}
            headings={[
              t('colSubprocessor'),
              t('colOurAgreement'),
              t('colService'),
              t('colAuthorised'),
              t('colCheck'),
            ]}
            editable={editable}
            rows={detail.subprocessors}
            empty={<EmptyState title={t('noSubprocessors')}>{t('noSubprocessorsHint')}</EmptyState>}
          >
            {(link) => (
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
                      {t('noneLinked')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{link.service ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(link.authorisedOn) || '—'}</TableCell>
                <TableCell>
                  <Problems problems={link.problemTexts} />
                </TableCell>
                {editable && (
                  <TableCell align="right">
                    <RemoveRowButton
                      name={link.organisation.name}
                      message={t('noLongerSubprocessor', {
                        name: link.organisation.name,
                        customer: detail.organisation.name,
                      })}
                      remove={() => remove({ id: detail.id, subprocessorId: link.id })}
                      restore={() => restore({ id: detail.id, subprocessorId: link.id })}
                    />
                  </TableCell>
                )}
              </TableRow>
            )}
          </RecordTable>
        </CardContent>
      </Card>
      {detail.subprocessorAuthorisation === 'general' && (
        <NoticesCard detail={detail} today={today} editable={editable} />
      )}
      {adding && <AddSubprocessorDialog detail={detail} today={today} onClose={() => setAdding(false)} />}
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
