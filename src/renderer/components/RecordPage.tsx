import { Badge, Box, Breadcrumbs, Link, Tab, Tabs, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { LegalHoldType } from '../../shared/erasure/contract';
import { LegalHoldControl } from '../features/legal-holds/LegalHoldControl';
import { useT } from '../i18n';
import { RecordHeader } from './RecordHeader';

export interface RecordTab<K extends string> {
  value: K;
  label: ReactNode;
  /** A dot beside the label that says the part needs a look (hidden while `invisible`). */
  dot?: { color: 'error' | 'warning' | 'success'; invisible?: boolean };
}

export interface RecordTabs<K extends string> {
  /** The tab list's accessible name. */
  label: string;
  items: readonly RecordTab<K>[];
  /** The open tab and how to open another (`useRecordTab`). */
  value: K;
  onChange(tab: K): void;
}

/**
 * The page of one record: the breadcrumb back to its list, the header (`RecordHeader`: number,
 * title, chips, actions), the legal-hold control for the records that can be held, what must be seen
 * before any tab (`banner`: clocks, warnings), the tabs, and the open tab's panel as children.
 */
export function RecordPage<K extends string>({
  list,
  crumb,
  overline,
  title,
  chips,
  actions,
  hold,
  banner,
  tabs,
  children,
}: {
  /** The list the record belongs to; with `crumb` (the record's short name) the breadcrumbs. */
  list?: { to: string; title: string };
  crumb?: string;
  overline?: ReactNode;
  title: ReactNode;
  chips?: ReactNode;
  actions?: ReactNode;
  hold?: { recordType: LegalHoldType; recordId: number };
  banner?: ReactNode;
  tabs?: RecordTabs<K>;
  children?: ReactNode;
}) {
  const t = useT('components');
  return (
    <>
      {list && (
        <Breadcrumbs sx={{ mb: 1 }} aria-label={t('breadcrumbs')}>
          <Link component={RouterLink} to={list.to} underline="hover" color="inherit">
            {list.title}
          </Link>
          <Typography color="text.primary">{crumb}</Typography>
        </Breadcrumbs>
      )}
      <RecordHeader overline={overline} title={title} chips={chips} actions={actions} />
      {hold && <LegalHoldControl recordType={hold.recordType} recordId={hold.recordId} />}
      {banner && <Box sx={{ mb: 2 }}>{banner}</Box>}
      {tabs && (
        <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
          <Tabs
            value={tabs.value}
            onChange={(_event, value: K) => tabs.onChange(value)}
            aria-label={tabs.label}
            variant="scrollable"
          >
            {tabs.items.map((item) => (
              <Tab
                key={item.value}
                value={item.value}
                label={
                  item.dot ? (
                    <Badge color={item.dot.color} variant="dot" invisible={item.dot.invisible} sx={{ pr: 1 }}>
                      {item.label}
                    </Badge>
                  ) : (
                    item.label
                  )
                }
              />
            ))}
          </Tabs>
        </Box>
      )}
      {children}
    </>
  );
}
