import { Button, Card, CardContent, CardHeader, Grid, Stack, Typography } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useState } from 'react';
import { useParams } from 'react-router';
import { adequacyDecisions, countryName, transferStatus } from '../../../shared/countries';
import { formatOrgNumber } from '../../../shared/organisations/org-number';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { cardTitleProps } from '../../components/cardTitle';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TransferStatusChip } from '../../components/CountrySelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Fact } from '../../components/Fact';
import { RecordPage } from '../../components/RecordPage';
import { formatDateTime } from '../../lib/format';
import { OrganisationAgreements } from '../agreements/OrganisationAgreements';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { OrganisationDialog } from './OrganisationDialog';
import { RelationshipChips } from './OrganisationsPage';
import { useOrganisationQuery, useSetOrganisationActiveMutation } from './organisationsApi';
import { useT } from '../../i18n';

export function OrganisationPage() {
  const { id } = useParams();
  const dispatch = useAppDispatch();
  const t = useT('organisations');
  const common = useT('common');
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const { data: organisation, error } = useOrganisationQuery({ id: Number(id) });
  const [setActive] = useSetOrganisationActiveMutation();
  const [editing, setEditing] = useState(false);
  const [deactivating, setDeactivating] = useState(false);

  if (error) return <ErrorAlert error={error} />;
  if (!organisation) return null;

  const changeActive = async (active: boolean, undoable: boolean) => {
    const result = await setActive({ id: organisation.id, active });
    if ('error' in result && result.error) {
      dispatch(notice((result.error as { message: string }).message, 'error'));
      return;
    }
    dispatch(
      notice(
        t(active ? 'activeAgain' : 'deactivated', { name: organisation.name }),
        'success',
        undoable ? { label: common('undo'), run: () => void changeActive(!active, false) } : undefined,
      ),
    );
  };
  const adequacy = adequacyDecisions[organisation.country];

  return (
    <RecordPage
      list={{ to: '/registers/organisations', title: t('screenTitle') }}
      crumb={organisation.name}
      title={organisation.name}
      chips={<RelationshipChips organisation={organisation} />}
      actions={
        isAdmin && (
          <>
            {organisation.active ? (
              <Button color="inherit" onClick={() => setDeactivating(true)}>
                {t('deactivate')}
              </Button>
            ) : (
              <Button onClick={() => void changeActive(true, false)}>{t('reactivate')}</Button>
            )}
            <Button variant="contained" startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
              {t('edit')}
            </Button>
          </>
        )
      }
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Card>
            <CardHeader title={t('details')} slotProps={cardTitleProps} />
            <CardContent sx={{ pt: 0 }}>
              <Fact label={t(organisation.country === 'NO' ? 'orgNumber' : 'registrationNumber')}>
                {organisation.orgNumber && organisation.country === 'NO'
                  ? formatOrgNumber(organisation.orgNumber)
                  : organisation.orgNumber}
              </Fact>
              <Fact label={t('country')}>
                <Stack direction="row" spacing={1} alignItems="center">
                  <span>{countryName(organisation.country)}</span>
                  <TransferStatusChip country={organisation.country} />
                </Stack>
                {transferStatus(organisation.country) !== 'eea' && (
                  <Typography variant="caption" color="text.secondary">
                    {adequacy
                      ? adequacy.note
                        ? t('adequacyDecisionNote', { note: adequacy.note })
                        : t('adequacyDecision')
                      : t('noAdequacy')}
                  </Typography>
                )}
              </Fact>
              <Fact label={t('privacyContact')}>
                {[
                  organisation.privacyContactName,
                  organisation.privacyContactEmail,
                  organisation.privacyContactPhone,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Fact>
              <Fact label={t('services')}>{organisation.services}</Fact>
              <Fact label={t('notes')}>{organisation.notes}</Fact>
              <Typography variant="caption" color="text.secondary">
                {t('addedChanged', {
                  created: formatDateTime(organisation.createdAt),
                  updated: formatDateTime(organisation.updatedAt),
                })}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <OrganisationAgreements organisation={organisation} canAdd={isAdmin} />
          <Card sx={{ mt: 2 }}>
            <CardHeader title={t('documents')} slotProps={cardTitleProps} />
            <CardContent sx={{ pt: 0 }}>
              <AttachmentsPanel
                ownerType="organisation"
                ownerId={organisation.id}
                canEdit={isAdmin}
                hint={t('documentsHint')}
              />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {editing && <OrganisationDialog organisation={organisation} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={deactivating}
        title={t('deactivateTitle', { name: organisation.name })}
        confirmLabel={t('deactivate')}
        destructive
        onClose={() => setDeactivating(false)}
        onConfirm={() => {
          setDeactivating(false);
          void changeActive(false, true);
        }}
      >
        {t('deactivateText')}
      </ConfirmDialog>
    </RecordPage>
  );
}
