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
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, 6);
  return (
    <Card
      sx={{ mb: 1.5, flexShrink: 0, maxHeight: '40vh', overflowY: 'auto' }}
      component="section"
      aria-label="What is due"
    >
      <CardHeader
        title={`What is due${items.length > 0 ? ` (${items.length})` : ''}`}
        subheader={
          today
            ? `As of ${formatDate(today)}: reviews within 30 days or past, expiry within 60 days, objection windows closing within 14 days, objections not resolved.`
            : undefined
        }
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
        action={
          <Stack direction="row" spacing={1} sx={{ mr: 1, mt: 1 }}>
            {open && items.length > 6 && (
              <>
                <Button size="small" onClick={onShowAll}>
                  Filter the register
                </Button>
                <Button size="small" onClick={() => setExpanded(!expanded)}>
                  {expanded ? 'Show fewer' : `Show all ${items.length}`}
                </Button>
              </>
            )}
            {items.length > 0 && (
              <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
                {open ? 'Hide the list' : 'Show the list'}
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
              Nothing is due: no review within 30 days, no expiry within 60 days, no objection window closing.
            </Typography>
          )}
          <List
            dense
            disablePadding
            aria-label="Due items"
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
                        {item.summary}
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
