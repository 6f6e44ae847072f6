import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  IconButton,
  Stack,
  Switch,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import NoPhotographyOutlinedIcon from '@mui/icons-material/NoPhotographyOutlined';
import { useState } from 'react';
import { Trans } from 'react-i18next';
import { useLabels, useT } from '../../i18n';
import type { VerificationTemplate } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import {
  useCaseTemplatesQuery,
  useMoveCaseTemplateMutation,
  useSetCaseTemplateActiveMutation,
} from './casesApi';
import { useRun } from './useRun';
import { TemplateDialog } from './TemplateDialog';

function Applies({ template }: { template: VerificationTemplate }) {
  const t = useT('cases');
  const caseChannelLabels = useLabels('caseChannel');
  const requestTypeLabels = useLabels('requestType');
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      <Chip
        size="small"
        label={
          template.channels.length === 0
            ? t('anyChannel')
            : template.channels.map((channel) => caseChannelLabels[channel]).join(', ')
        }
      />
      <Chip
        size="small"
        label={
          template.types.length === 0
            ? t('anyRequestType')
            : template.types.map((type) => requestTypeLabels[type]).join(', ')
        }
        color="primary"
        variant="outlined"
      />
      {template.capacity && (
        <Chip
          size="small"
          label={template.capacity === 'processor' ? t('processorCases') : t('controllerCases')}
          variant="outlined"
        />
      )}
    </Stack>
  );
}

/** Moves a checklist one place earlier or later in the order they are tried. */
function MoveButton({
  template,
  direction,
  disabled,
}: {
  template: VerificationTemplate;
  direction: 'up' | 'down';
  disabled: boolean;
}) {
  const t = useT('cases');
  const run = useRun();
  const [move] = useMoveCaseTemplateMutation();
  const up = direction === 'up';
  return (
    <Tooltip title={up ? t('tryEarlier') : t('tryLater')}>
      <span>
        <IconButton
          aria-label={t(up ? 'moveUp' : 'moveDown', { name: template.name })}
          disabled={disabled}
          onClick={() => void run(move({ id: template.id, direction }))}
        >
          {up ? <ArrowUpwardIcon fontSize="small" /> : <ArrowDownwardIcon fontSize="small" />}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/** The identity checklists by channel and request type (admin settings); the first that fits is used. */
export function TemplatesPage() {
  const t = useT('cases');
  const dispatch = useAppDispatch();
  const run = useRun();
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const { data, error } = useCaseTemplatesQuery({});
  const [setActive] = useSetCaseTemplateActiveMutation();
  const [editing, setEditing] = useState<VerificationTemplate | 'new' | null>(null);

  const toggle = async (template: VerificationTemplate, active: boolean, undoable: boolean) => {
    const result = await run(setActive({ id: template.id, active }), undefined);
    if (!result.ok) return;
    dispatch(
      notice(
        active ? t('templateInUse', { name: template.name }) : t('templateNotUsed', { name: template.name }),
        'success',
        undoable ? { label: t('undo'), run: () => void toggle(template, !active, false) } : undefined,
      ),
    );
  };

  return (
    <>
      <PageHeader
        title={t('checklists')}
        subtitle={t('checklistsSubtitle')}
        actions={
          isAdmin && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {t('addChecklist')}
            </Button>
          )
        }
      />
      <Alert severity="info" icon={<NoPhotographyOutlinedIcon />} sx={{ mb: 2, maxWidth: 980 }}>
        {t('checklistsProportionate')}
      </Alert>
      <ErrorAlert error={error} />
      {data?.length === 0 && <EmptyState title={t('noChecklists')}>{t('noChecklistsHelp')}</EmptyState>}
      <Stack spacing={1.5} sx={{ maxWidth: 980 }}>
        {(data ?? []).map((template, index, all) => (
          <Card key={template.id} sx={{ opacity: template.active ? 1 : 0.6 }} aria-label={template.name}>
            <CardContent>
              <Stack direction="row" spacing={2} alignItems="flex-start">
                <Typography
                  variant="h6"
                  component="span"
                  color="text.secondary"
                  sx={{ width: 28, flexShrink: 0 }}
                >
                  {index + 1}
                </Typography>
                <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                  <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 0.75 }}>
                    <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                      {template.name}
                    </Typography>
                    {!template.active && <Chip size="small" label={t('notInUse')} />}
                  </Stack>
                  <Applies template={template} />
                  {template.verificationNeeded ? (
                    <Box component="ol" sx={{ mt: 1, mb: 0, pl: 2.5 }}>
                      {template.items.map((item) => (
                        <li key={item.label}>
                          <Typography variant="body2">{item.label}</Typography>
                          {item.help && (
                            <Typography variant="caption" color="text.secondary">
                              {item.help}
                            </Typography>
                          )}
                        </li>
                      ))}
                    </Box>
                  ) : (
                    <Typography variant="body2" sx={{ mt: 1 }}>
                      <Trans
                        ns="cases"
                        i18nKey="noVerificationNeeded"
                        values={{ reason: template.notNeededReason }}
                        components={{ strong: <strong /> }}
                      />
                    </Typography>
                  )}
                </Box>
                {isAdmin && (
                  <Stack direction="row" spacing={0.5} sx={{ flexShrink: 0 }}>
                    <MoveButton template={template} direction="up" disabled={index === 0} />
                    <MoveButton template={template} direction="down" disabled={index === all.length - 1} />
                    <Tooltip title={t('edit')}>
                      <IconButton
                        aria-label={t('editName', { name: template.name })}
                        onClick={() => setEditing(template)}
                      >
                        <EditOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <FormControlLabel
                      sx={{ ml: 1 }}
                      control={
                        <Switch
                          checked={template.active}
                          onChange={(event) => void toggle(template, event.target.checked, true)}
                          slotProps={{ input: { 'aria-label': t('nameInUse', { name: template.name }) } }}
                        />
                      }
                      label={t('inUse')}
                    />
                  </Stack>
                )}
              </Stack>
            </CardContent>
          </Card>
        ))}
      </Stack>
      {editing && (
        <TemplateDialog template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
