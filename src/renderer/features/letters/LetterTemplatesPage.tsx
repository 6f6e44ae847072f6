import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  CircularProgress,
  Grid,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import { useMemo } from 'react';
import { useLabels, useT } from '../../i18n';
import { languageNames, languages, type Language } from '../../../shared/i18n/languages';
import { type LetterTemplate, lettersChannels } from '../../../shared/letters/contract';
import { fieldsOf, requiredFields, templateKinds, type TemplateKind } from '../../../shared/letters/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { FormError, FormTextField, useChannelForm } from '../../components/form';
import { formatDateTime } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { validateOnSubmit } from '../cases/formOptions';
import {
  useLetterTemplatesQuery,
  usePreviewLetterTemplateMutation,
  useResetLetterTemplateMutation,
  useSaveLetterTemplateMutation,
} from './lettersApi';

/** The template's text: the channel's own fields. */
const templateForm = lettersChannels['letters.saveTemplate'].input.pick({ subject: true, body: true });

const searchKeys = ['kind', 'lang'] as const;

function TemplateEditor({ template }: { template: LetterTemplate }) {
  const t = useT('letters');
  const kindLabels = useLabels('templateKind');
  const fieldLabels = useLabels('letterField');
  const dispatch = useAppDispatch();
  const [save] = useSaveLetterTemplateMutation();
  const [reset] = useResetLetterTemplateMutation();
  const [preview, { data: previewed, reset: clearPreview }] = usePreviewLetterTemplateMutation();
  const values = useMemo(() => ({ subject: template.subject, body: template.body }), [template]);
  const { field, handleSubmit, formState, formError, settle } = useChannelForm(templateForm, values, {
    ...validateOnSubmit,
    values,
  });
  const what = kindLabels[template.kind];
  const language = languageNames[template.language];
  const required = new Set<string>(requiredFields[template.kind]);
  // The fields the law keeps in this letter first, then the rest in their order.
  const fields = [...fieldsOf(template.kind)].sort(
    (a, b) => Number(required.has(b)) - Number(required.has(a)),
  );
  const breach = template.kind === 'breach-notice' || template.kind === 'breach-authority';
  const which = { kind: template.kind, language: template.language };

  const onPreview = handleSubmit(async (input) => {
    settle(await preview({ ...which, ...input }));
  });
  const onSave = handleSubmit(async (input) => {
    clearPreview();
    if (settle(await save({ ...which, ...input })).ok) dispatch(notice(t('saved', { what, language })));
  });
  const onReset = async () => {
    clearPreview();
    if (settle(await reset(which)).ok) dispatch(notice(t('wasReset', { what, language })));
  };

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Stack spacing={2} component="form" noValidate onSubmit={onSave}>
          <FormError message={formError} />
          <FormTextField {...field('subject')} label={t('subject')} />
          <FormTextField
            {...field('body')}
            label={t('templateBody')}
            multiline
            minRows={16}
            maxRows={30}
            helperText={t('templateBodyHelp')}
            slotProps={{ htmlInput: { spellCheck: true, lang: template.language } }}
          />
          <Typography variant="caption" color="text.secondary">
            {template.edited && template.updatedBy && template.updatedAt
              ? t('changedBy', { who: template.updatedBy, when: formatDateTime(template.updatedAt) })
              : t('shipped')}
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
              {t('save')}
            </Button>
            <Button onClick={() => void onPreview()}>{t('preview')}</Button>
            <Button color="inherit" disabled={!template.edited} onClick={() => void onReset()}>
              {t('reset')}
            </Button>
          </Stack>
          {previewed && (
            <Card variant="outlined" aria-label={breach ? t('previewBreachTitle') : t('previewTitle')}>
              <CardHeader
                title={breach ? t('previewBreachTitle') : t('previewTitle')}
                slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
              />
              <CardContent sx={{ pt: 0 }}>
                {previewed.gaps.length > 0 && (
                  <Alert severity="info" sx={{ mb: 1 }}>
                    {t('previewGaps', { gaps: previewed.gaps.join(', ') })}
                  </Alert>
                )}
                <Typography variant="subtitle2" gutterBottom>
                  {previewed.subject}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {previewed.body}
                </Typography>
              </CardContent>
            </Card>
          )}
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <Card variant="outlined">
          <CardHeader
            title={t('fields')}
            subheader={t('fieldsHelp')}
            slotProps={{ title: { variant: 'subtitle1', component: 'h3' }, subheader: { variant: 'body2' } }}
          />
          <List dense disablePadding aria-label={t('fields')} sx={{ maxHeight: 520, overflow: 'auto' }}>
            {fields.map((field) => (
              <ListItem key={field} disablePadding>
                <ListItemButton
                  onClick={() => {
                    void navigator.clipboard?.writeText(`{{${field}}}`);
                    dispatch(notice(t('copied', { field: `{{${field}}}` })));
                  }}
                >
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} alignItems="center">
                        <Box component="code" sx={{ fontSize: 13 }}>{`{{${field}}}`}</Box>
                        {required.has(field) && (
                          <Chip size="small" color="primary" variant="outlined" label={t('required')} />
                        )}
                      </Stack>
                    }
                    secondary={fieldLabels[field]}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Card>
      </Grid>
    </Grid>
  );
}

/** Administration → Letters: the templates of every kind in both languages. */
export function LetterTemplatesPage() {
  const t = useT('letters');
  const kindLabels = useLabels('templateKind');
  const { data: templates, error, isLoading } = useLetterTemplatesQuery({});
  const [search, setSearch] = useSearchState(searchKeys);
  const kind: TemplateKind = templateKinds.find((entry) => entry === search.kind) ?? templateKinds[0];
  const language: Language = languages.find((entry) => entry === search.lang) ?? 'nb';

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !templates) return <CircularProgress aria-label={t('loadingTemplates')} />;
  const template = templates.find((entry) => entry.kind === kind && entry.language === language);

  return (
    <>
      <PageHeader
        title={t('templatesTitle')}
        subtitle={t('templatesSubtitle', { example: '{{caseNumber}}' })}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 3 }}>
          <Card variant="outlined">
            <List dense aria-label={t('kinds')}>
              {templateKinds.map((entry) => {
                const edited = templates
                  .filter((candidate) => candidate.kind === entry && candidate.edited)
                  .map((candidate) => candidate.language);
                return (
                  <ListItem key={entry} disablePadding>
                    <ListItemButton selected={entry === kind} onClick={() => setSearch({ kind: entry })}>
                      <ListItemText
                        primary={kindLabels[entry]}
                        secondary={
                          edited.length > 0 ? t('editedIn', { languages: edited.join(', ') }) : undefined
                        }
                      />
                    </ListItemButton>
                  </ListItem>
                );
              })}
            </List>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 9 }}>
          <Typography variant="h5" component="h2" gutterBottom>
            {kindLabels[kind]}
          </Typography>
          <Tabs
            value={language}
            onChange={(_event, value: Language) => setSearch({ lang: value === 'nb' ? null : value })}
            aria-label={t('languagesLabel')}
            sx={{ mb: 2 }}
          >
            {languages.map((entry) => {
              const edited = templates.some(
                (candidate) => candidate.kind === kind && candidate.language === entry && candidate.edited,
              );
              return (
                <Tab
                  key={entry}
                  value={entry}
                  label={edited ? `${languageNames[entry]} (${t('edited')})` : languageNames[entry]}
                />
              );
            })}
          </Tabs>
          {template && <TemplateEditor key={`${kind}:${language}`} template={template} />}
        </Grid>
      </Grid>
    </>
  );
}
