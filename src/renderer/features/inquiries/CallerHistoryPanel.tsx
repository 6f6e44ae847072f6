import { Box, Link, List, ListItem, ListItemButton, Paper, Stack, Typography } from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { CallerHistory } from '../../../shared/inquiries/contract';
import { CellText } from '../../components/list/CellText';
import { useLabels, useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCallerHistoryQuery } from './inquiriesApi';
import { InquiryStatusChip } from './inquiryUi';

/** How long typing must pause before the desk looks the caller up. */
const lookupDelayMs = 400;
const phoneCharacters = /^[+0-9 ()./-]*$/;

function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** One kind of the caller's records under its heading, the list named by it. */
function HistoryList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
        {title}
      </Typography>
      <List dense disablePadding aria-label={title}>
        {children}
      </List>
    </>
  );
}

/**
 * What the desk already knows of the caller whose phone number or e-mail address is being typed:
 * earlier inquiries and open rights requests, as far as the user's role may see them (the core
 * decides; an agent learns only how many other open cases there are).
 */
export function CallerHistoryPanel({ phone, email }: { phone: string; email: string }) {
  const navigate = useNavigate();
  const t = useT('inquiries');
  const categoryLabels = useLabels('inquiryCategory');
  const matched = (on: readonly string[]) =>
    on.length > 1 ? t('samePhoneAndEmail') : on[0] === 'email' ? t('sameEmail') : t('samePhone');
  const asked = useSettled(
    {
      phone: phone.trim() && phoneCharacters.test(phone) ? phone.trim() : undefined,
      email: email.trim() || undefined,
    },
    lookupDelayMs,
  );
  const skip = !asked.phone && !asked.email;
  const { data } = useCallerHistoryQuery(asked, { skip });
  const history: CallerHistory | undefined = skip ? undefined : data;
  const found =
    history && (history.inquiries.length > 0 || history.cases.length > 0 || history.otherOpenCases > 0);

  return (
    <Paper variant="outlined" component="section" aria-label={t('historyTitle')} sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {t('historyTitle')}
      </Typography>
      {!history?.searched ? (
        <Typography variant="body2" color="text.secondary">
          {t('historyHint')}
        </Typography>
      ) : !found ? (
        <Typography variant="body2" color="text.secondary" role="status">
          {t('historyNothing')}
        </Typography>
      ) : (
        <Box role="status">
          {history.cases.length > 0 && (
            <HistoryList title={t('openRightsRequests')}>
              {history.cases.map((item) => (
                <ListItem key={item.id} disableGutters>
                  <Stack direction="row" spacing={1} alignItems="center">
                    {item.canOpen ? (
                      <Link component={RouterLink} to={`/cases/${item.id}`}>
                        {t('caseNumber', { number: item.number })}
                      </Link>
                    ) : (
                      <Typography variant="body2">{t('caseNumber', { number: item.number })}</Typography>
                    )}
                    <Typography variant="body2" color="text.secondary">
                      {t('dueDate', { date: formatDate(item.dueDate) })} · {matched(item.matchedOn)}
                    </Typography>
                  </Stack>
                </ListItem>
              ))}
            </HistoryList>
          )}
          {history.otherOpenCases > 0 && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('otherCases', { count: history.otherOpenCases })}
            </Typography>
          )}
          {history.inquiries.length > 0 && (
            <>
              <HistoryList title={t('earlierInquiries')}>
                {history.inquiries.map((item) => (
                  <ListItem key={item.id} disablePadding>
                    <ListItemButton onClick={() => void navigate(`/inquiries/${item.id}`)} sx={{ px: 1 }}>
                      <Box sx={{ flex: 1, minWidth: 0, mr: 1 }}>
                        <CellText
                          primary={item.summary}
                          secondary={[
                            item.number,
                            ...(item.personName ? [item.personName] : []),
                            formatDateTime(item.receivedAt),
                            categoryLabels[item.category],
                            matched(item.matchedOn),
                          ].join(' · ')}
                        />
                      </Box>
                      <InquiryStatusChip status={item.status} />
                    </ListItemButton>
                  </ListItem>
                ))}
              </HistoryList>
              {history.moreInquiries && (
                <Typography variant="caption" color="text.secondary">
                  {t('moreEarlier')}
                </Typography>
              )}
            </>
          )}
        </Box>
      )}
    </Paper>
  );
}
