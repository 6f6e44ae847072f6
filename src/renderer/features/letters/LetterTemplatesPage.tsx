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
import { languageNames, languages, type Language } from '../../../shared/i18n/languages';
import { letterField, templateKind as templateKindLabel } from '../../../shared/i18n/resources/letters';
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

/** Every word this page shows, in one place (issue 16 part B moves them to the dictionaries). */
const text = {
  title: 'Letters',
  subtitle:
    'The letters the DPO makes from cases and breaches, in bokmål and English. A merge field such as {{caseNumber}} is filled in from the record; fields the law puts in a letter cannot be removed. A template you have not changed follows the text shipped with the app.',
  loading: 'Loading the letter templates',
  kinds: 'Kinds of letter',
  edited: 'edited',
  languagesLabel: 'Language of the template',
  subject: 'Subject',
  body: 'Text',
  bodyHelp: 'A blank line starts a paragraph, "- " a bullet, "## " a heading.',
  changedBy: (who: string, when: string) => `Changed by ${who}, ${when}.`,
  shipped: 'The text shipped with the app.',
  fields: 'Merge fields',
  fieldsHelp: 'Click one to copy it. Those marked required must stay in the letter.',
  required: 'required',
  copied: (field: string) => `{{${field}}} copied.`,
  preview: 'Preview',
  previewTitle: 'Preview with an example case',
  previewBreachTitle: 'Preview with an example breach',
  previewGaps: (gaps: string[]) => `Left for the DPO to fill in: ${gaps.join(', ')}.`,
  save: 'Save',
  saved: (what: string, language: string) => `"${what}" (${language}) was saved.`,
  reset: 'Restore the default',
  wasReset: (what: string, language: string) => `"${what}" (${language}) follows the shipped text again.`,
};

/** The template's text: the channel's own fields. */
const templateForm = lettersChannels['letters.saveTemplate'].input.pick({ subject: true, body: true });

const searchKeys = ['kind', 'lang'] as const;

function TemplateEditor({ template }: { template: LetterTemplate }) {
  const dispatch = useAppDispatch();
  const [save] = useSaveLetterTemplateMutation();
  const [reset] = useResetLetterTemplateMutation();
  const [preview, { data: previewed, reset: clearPreview }] = usePreviewLetterTemplateMutation();
  const values = useMemo(() => ({ subject: template.subject, body: template.body }), [template]);
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(templateForm, values, {
    ...validateOnSubmit,
    values,
  });
  const what = templateKindLabel.en[template.kind];
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
    if (settle(await save({ ...which, ...input })).ok) dispatch(notice(text.saved(what, language)));
  });
  const onReset = async () => {
    clearPreview();
    if (settle(await reset(which)).ok) dispatch(notice(text.wasReset(what, language)));
  };

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Stack spacing={2} component="form" noValidate onSubmit={onSave}>
          <FormError message={formError} />
          <FormTextField control={control} name="subject" label={text.subject} />
          <FormTextField
            control={control}
            name="body"
            label={text.body}
            multiline
            minRows={16}
            maxRows={30}
            helperText={text.bodyHelp}
            slotProps={{ htmlInput: { spellCheck: true, lang: template.language } }}
          />
          <Typography variant="caption" color="text.secondary">
            {template.edited && template.updatedBy && template.updatedAt
              ? text.changedBy(template.updatedBy, formatDateTime(template.updatedAt))
              : text.shipped}
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
              {text.save}
            </Button>
            <Button onClick={() => void onPreview()}>{text.preview}</Button>
            <Button color="inherit" disabled={!template.edited} onClick={() => void onReset()}>
              {text.reset}
            </Button>
          </Stack>
          {previewed && (
            <Card variant="outlined" aria-label={breach ? text.previewBreachTitle : text.previewTitle}>
              <CardHeader
                title={breach ? text.previewBreachTitle : text.previewTitle}
                slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
              />
              <CardContent sx={{ pt: 0 }}>
                {previewed.gaps.length > 0 && (
                  <Alert severity="info" sx={{ mb: 1 }}>
                    {text.previewGaps(previewed.gaps)}
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
            title={text.fields}
            subheader={text.fieldsHelp}
            slotProps={{ title: { variant: 'subtitle1', component: 'h3' }, subheader: { variant: 'body2' } }}
          />
          <List dense disablePadding aria-label={text.fields} sx={{ maxHeight: 520, overflow: 'auto' }}>
            {fields.map((field) => (
              <ListItem key={field} disablePadding>
                <ListItemButton
                  onClick={() => {
                    void navigator.clipboard?.writeText(`{{${field}}}`);
                    dispatch(notice(text.copied(field)));
                  }}
                >
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} alignItems="center">
                        <Box component="code" sx={{ fontSize: 13 }}>{`{{${field}}}`}</Box>
                        {required.has(field) && (
                          <Chip size="small" color="primary" variant="outlined" label={text.required} />
                        )}
                      </Stack>
                    }
                    secondary={letterField.en[field]}
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
  const { data: templates, error, isLoading } = useLetterTemplatesQuery({});
  const [search, setSearch] = useSearchState(searchKeys);
  const kind: TemplateKind = templateKinds.find((entry) => entry === search.kind) ?? templateKinds[0];
  const language: Language = languages.find((entry) => entry === search.lang) ?? 'nb';

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !templates) return <CircularProgress aria-label={text.loading} />;
  const template = templates.find((entry) => entry.kind === kind && entry.language === language);

  return (
    <>
      <PageHeader title={text.title} subtitle={text.subtitle} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 3 }}>
          <Card variant="outlined">
            <List dense aria-label={text.kinds}>
              {templateKinds.map((entry) => {
                const edited = templates
                  .filter((candidate) => candidate.kind === entry && candidate.edited)
                  .map((candidate) => candidate.language);
                return (
                  <ListItem key={entry} disablePadding>
                    <ListItemButton selected={entry === kind} onClick={() => setSearch({ kind: entry })}>
                      <ListItemText
                        primary={templateKindLabel.en[entry]}
                        secondary={edited.length > 0 ? `${text.edited}: ${edited.join(', ')}` : undefined}
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
            {templateKindLabel.en[kind]}
          </Typography>
          <Tabs
            value={language}
            onChange={(_event, value: Language) => setSearch({ lang: value === 'nb' ? null : value })}
            aria-label={text.languagesLabel}
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
                  label={edited ? `${languageNames[entry]} (${text.edited})` : languageNames[entry]}
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
