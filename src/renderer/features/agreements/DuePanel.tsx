import {
  Button,
  Card,
  CardContent,
  CardHeader,
  Collapse,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { type AgreementDeadline } from '../../../shared/agreements/contract';
import { useSay, useT } from '../../i18n';
import { formatDate } from '../../lib/format';

/** Reviews, expiry and objection windows coming up, from the same query the dashboard and reminders use. */
export function DuePanel({
  today,
  items,
  loaded,
  onShowAll,
}: {
  today: string | undefined;
  items: readonly AgreementDeadline[];
  loaded: boolean;
  onShowAll: () => void;
}) {
  // Folded by default: the register below needs the height; the quick filters count the same items.
  const t = useT('agreementPanels');
  const say = useSay();
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, 6);
  return (
    <Card
      sx={{ mb: 1.5, flexShrink: 0, maxHeight: '40vh', overflowY: 'auto' }}
      component="section"
      aria-label={t('dueLabel')}
    >
      <CardHeader
        title={items.length > 0 ? t('dueTitleCount', { count: items.length }) : t('dueTitle')}
        subheader={today ? t('dueSubheader', { date: formatDate(today) }) : undefined}
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
        action={
          <Stack direction="row" spacing={1} sx={{ mr: 1, mt: 1 }}>
            {open && items.length > 6 && (
              <>
                <Button size="small" onClick={onShowAll}>
                  {t('dueFilterRegister')}
                </Button>
                <Button size="small" onClick={() => setExpanded(!expanded)}>
                  {expanded ? t('dueShowFewer') : t('dueShowAll', { count: items.length })}
                </Button>
              </>
            )}
            {items.length > 0 && (
              <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
                {open ? t('dueHideList') : t('dueShowList')}
              </Button>
            )}
          </Stack>
        }
        sx={{ py: 1 }}
      />
      <Collapse in={open || (loaded && items.length === 0)}>
        <CardContent sx={{ pt: 0, '&:last-child': { pb: 1.5 } }}>
          {loaded && items.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {t('dueNothing')}
            </Typography>
          )}
          <List
            dense
            disablePadding
            aria-label={t('dueItems')}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' },
              columnGap: 3,
            }}
          >
            {shown.map((item) => (
              <ListItem key={item.key} disableGutters divider alignItems="flex-start">
                <ListItemText
                  primary={
                    <Link
                      component={RouterLink}
                      to={`/registers/agreements/${item.agreementId}${item.noticeId ? '?tab=subprocessors' : ''}`}
                    >
                      {item.reference} {item.title}
                    </Link>
                  }
                  secondary={
                    <>
                      <Typography
                        variant="caption"
                        component="span"
                        color={item.daysLeft < 0 ? 'error' : 'text.secondary'}
                        sx={{ display: 'block', fontWeight: item.daysLeft < 0 ? 600 : 400 }}
                      >
                        {say(item.summaryText)}
                      </Typography>
                      <Typography variant="caption" component="span" color="text.secondary">
                        {item.organisationName}
                      </Typography>
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        </CardContent>
      </Collapse>
    </Card>
  );
}
