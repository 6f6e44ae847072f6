import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Grid,
  IconButton,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import NoPhotographyOutlinedIcon from '@mui/icons-material/NoPhotographyOutlined';
import { useState } from 'react';
import type { TemplateInput, VerificationTemplate } from '../../../shared/cases/contract';
import {
  type Capacity,
  caseChannelLabels,
  caseChannels,
  requestTypeInfo,
  requestTypes,
} from '../../../shared/cases/rules';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import {
  useCaseTemplatesQuery,
  useCreateCaseTemplateMutation,
  useMoveCaseTemplateMutation,
  useSetCaseTemplateActiveMutation,
  useUpdateCaseTemplateMutation,
} from './casesApi';
import { useRun } from './useRun';

function Applies({ template }: { template: VerificationTemplate }) {
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      <Chip
        size="small"
        label={
          template.channels.length === 0
            ? 'Any channel'
            : template.channels.map((c) => caseChannelLabels[c]).join(', ')
        }
      />
      <Chip
        size="small"
        label={
          template.types.length === 0
            ? 'Any request type'
            : template.types.map((type) => requestTypeInfo[type].label).join(', ')
        }
        color="primary"
        variant="outlined"
      />
      {template.capacity && (
        <Chip
          size="small"
          label={template.capacity === 'processor' ? 'Processor cases' : 'Controller cases'}
          variant="outlined"
        />
      )}
    </Stack>
  );
}

/** The identity checklists by channel and request type (admin settings); the first that fits is used. */
export function TemplatesPage() {
  const dispatch = useAppDispatch();
  const run = useRun();
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const { data, error } = useCaseTemplatesQuery({});
  const [move] = useMoveCaseTemplateMutation();
  const [setActive] = useSetCaseTemplateActiveMutation();
  const [editing, setEditing] = useState<VerificationTemplate | 'new' | null>(null);

  const toggle = async (template: VerificationTemplate, active: boolean, undoable: boolean) => {
    const result = await run(setActive({ id: template.id, active }), undefined);
    if (!result.ok) return;
    dispatch(
      notice(
        active
          ? `“${template.name}” is in use again.`
          : `“${template.name}” is no longer used for new cases.`,
        'success',
        undoable ? { label: 'Undo', run: () => void toggle(template, !active, false) } : undefined,
      ),
    );
  };

  return (
    <>
      <PageHeader
        title="Verification checklists"
        subtitle="How the identity of a person making a request is checked, by channel and request type. For each request type of a case, the first active checklist that fits is used; a case keeps the items it was given."
        actions={
          isAdmin && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              Add checklist
            </Button>
          )
        }
      />
      <Alert severity="info" icon={<NoPhotographyOutlinedIcon />} sx={{ mb: 2, maxWidth: 980 }}>
        Keep checks proportionate (EDPB guidelines 01/2022): questions about data we already hold, a callback
        or a code to the number or address on file. Never ask for a copy of an identity document by default,
        and never store one.
      </Alert>
      <ErrorAlert error={error} />
      {data?.length === 0 && (
        <EmptyState title="No checklists">Every request then needs its method recorded by hand.</EmptyState>
      )}
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
                    {!template.active && <Chip size="small" label="Not in use" />}
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
                      <strong>No verification needed:</strong> {template.notNeededReason}
                    </Typography>
                  )}
                </Box>
                {isAdmin && (
                  <Stack direction="row" spacing={0.5} sx={{ flexShrink: 0 }}>
                    <Tooltip title="Try earlier">
                      <span>
                        <IconButton
                          aria-label={`Move ${template.name} up`}
                          disabled={index === 0}
                          onClick={() => void run(move({ id: template.id, direction: 'up' }))}
                        >
                          <ArrowUpwardIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title="Try later">
                      <span>
                        <IconButton
                          aria-label={`Move ${template.name} down`}
                          disabled={index === all.length - 1}
                          onClick={() => void run(move({ id: template.id, direction: 'down' }))}
                        >
                          <ArrowDownwardIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title="Edit">
                      <IconButton aria-label={`Edit ${template.name}`} onClick={() => setEditing(template)}>
                        <EditOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <FormControlLabel
                      sx={{ ml: 1 }}
                      control={
                        <Switch
                          checked={template.active}
                          onChange={(event) => void toggle(template, event.target.checked, true)}
                          slotProps={{ input: { 'aria-label': `${template.name} in use` } }}
                        />
                      }
                      label="In use"
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

function TemplateDialog({
  template,
  onClose,
}: {
  template: VerificationTemplate | null;
  onClose: () => void;
}) {
  const run = useRun();
  const [create, { isLoading: creating }] = useCreateCaseTemplateMutation();
  const [update, { isLoading: updating }] = useUpdateCaseTemplateMutation();
  const [values, setValues] = useState<
    Required<Omit<TemplateInput, 'notNeededReason'>> & { notNeededReason: string }
  >({
    name: template?.name ?? '',
    channels: template?.channels ?? [],
    types: template?.types ?? [],
    capacity: template?.capacity ?? null,
    verificationNeeded: template?.verificationNeeded ?? true,
    notNeededReason: template?.notNeededReason ?? '',
    items: template?.items.map((item) => ({ label: item.label, help: item.help ?? '' })) ?? [
      { label: '', help: '' },
    ],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues({ ...values, [key]: value });
  const toggle = <T extends string>(list: readonly T[], value: T): T[] =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  const items = values.items;
  const setItem = (index: number, patch: Partial<{ label: string; help: string }>) =>
    set(
      'items',
      items.map((item, position) => (position === index ? { ...item, ...patch } : item)),
    );
  const moveItem = (index: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    set('items', next);
  };

  const save = async () => {
    setError(null);
    const input: TemplateInput = {
      ...values,
      items: values.verificationNeeded ? values.items.filter((item) => item.label.trim()) : [],
    };
    const result = await run(
      template ? update({ id: template.id, changes: input }) : create(input),
      template ? `“${values.name}” was saved.` : `“${values.name}” was added at the end of the list.`,
      { quietError: true },
    );
    if (result.ok) {
      onClose();
      return;
    }
    const apiError: ApiError = result.error;
    setErrors(
      Object.fromEntries(
        (apiError.issues ?? []).map((issue) => [
          issue.path.replace(/^changes\./, '').split('.')[0],
          issue.message,
        ]),
      ),
    );
    if (!apiError.issues?.length) setError(apiError.message);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="template-title">
      <DialogTitle id="template-title">
        {template ? `Edit “${template.name}”` : 'Add a verification checklist'}
      </DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={{ xs: 12, md: 8 }}>
            <TextField
              label="Name"
              required
              autoFocus
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
              error={!!errors.name}
              helperText={errors.name}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              select
              label="Capacity"
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              value={values.capacity ?? ''}
              onChange={(event) => set('capacity', (event.target.value || null) as Capacity | null)}
            >
              <MenuItem value="">Any case</MenuItem>
              <MenuItem value="controller">Controller cases</MenuItem>
              <MenuItem value="processor">Processor cases</MenuItem>
            </TextField>
          </Grid>
          <Grid size={12}>
            <FormControl component="fieldset">
              <FormLabel component="legend">Channels (none ticked: any channel)</FormLabel>
              <FormGroup row>
                {caseChannels.map((channel) => (
                  <FormControlLabel
                    key={channel}
                    control={
                      <Checkbox
                        checked={values.channels.includes(channel)}
                        onChange={() => set('channels', toggle(values.channels, channel))}
                      />
                    }
                    label={caseChannelLabels[channel]}
                  />
                ))}
              </FormGroup>
            </FormControl>
          </Grid>
          <Grid size={12}>
            <FormControl component="fieldset">
              <FormLabel component="legend">Request types (none ticked: any type)</FormLabel>
              <FormGroup row>
                {requestTypes.map((type) => (
                  <FormControlLabel
                    key={type}
                    control={
                      <Checkbox
                        checked={values.types.includes(type)}
                        onChange={() => set('types', toggle(values.types, type))}
                      />
                    }
                    label={requestTypeInfo[type].label}
                  />
                ))}
              </FormGroup>
            </FormControl>
          </Grid>
          <Grid size={12}>
            <FormControlLabel
              control={
                <Switch
                  checked={values.verificationNeeded}
                  onChange={(event) => set('verificationNeeded', event.target.checked)}
                />
              }
              label="Identity must be verified"
            />
          </Grid>
          {values.verificationNeeded ? (
            <Grid size={12}>
              <FormControl error={!!errors.items} fullWidth>
                <FormLabel>Checklist items, each ticked by a named user</FormLabel>
                {errors.items && <FormHelperText>{errors.items}</FormHelperText>}
                <Stack spacing={1.5} sx={{ mt: 1 }}>
                  {items.map((item, index) => (
                    <Stack key={index} direction="row" spacing={1} alignItems="flex-start">
                      <Typography sx={{ width: 20, pt: 1 }} color="text.secondary">
                        {index + 1}.
                      </Typography>
                      <TextField
                        label="Item"
                        multiline
                        maxRows={4}
                        value={item.label}
                        onChange={(event) => setItem(index, { label: event.target.value })}
                      />
                      <TextField
                        label="Help"
                        multiline
                        maxRows={4}
                        value={item.help ?? ''}
                        onChange={(event) => setItem(index, { help: event.target.value })}
                      />
                      <IconButton
                        aria-label={`Move item ${index + 1} up`}
                        disabled={index === 0}
                        onClick={() => moveItem(index, -1)}
                      >
                        <ArrowUpwardIcon fontSize="small" />
                      </IconButton>
                      <IconButton
                        aria-label={`Move item ${index + 1} down`}
                        disabled={index === items.length - 1}
                        onClick={() => moveItem(index, 1)}
                      >
                        <ArrowDownwardIcon fontSize="small" />
                      </IconButton>
                      <IconButton
                        aria-label={`Remove item ${index + 1}`}
                        onClick={() =>
                          set(
                            'items',
                            items.filter((_item, position) => position !== index),
                          )
                        }
                      >
                        <DeleteOutlineIcon fontSize="small" />
                      </IconButton>
                    </Stack>
                  ))}
                </Stack>
                <Box sx={{ mt: 1 }}>
                  <Button
                    startIcon={<AddIcon />}
                    onClick={() => set('items', [...items, { label: '', help: '' }])}
                  >
                    Add item
                  </Button>
                </Box>
              </FormControl>
            </Grid>
          ) : (
            <Grid size={12}>
              <TextField
                label="Why no verification is needed"
                required
                multiline
                minRows={2}
                value={values.notNeededReason}
                onChange={(event) => set('notNeededReason', event.target.value)}
                error={!!errors.notNeededReason}
                helperText={errors.notNeededReason ?? 'Recorded on each case as the reason for “not needed”'}
              />
            </Grid>
          )}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={creating || updating} onClick={() => void save()}>
          {template ? 'Save changes' : 'Add'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
