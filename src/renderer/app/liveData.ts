import { useEffect } from 'react';
import { api } from './api';
import { useAppDispatch } from './store';

type Tag = Parameters<typeof api.util.invalidateTags>[0][number];

/** What each feature's changes make stale on screen. The dashboard reads every feature. */
const tagsOfFeature: Record<string, Tag[]> = {
  inquiries: ['Inquiry', 'InquiryList'],
  cases: ['Case', 'CaseList', 'CaseTemplate'],
  breaches: ['Breach', 'BreachList'],
  agreements: ['Agreement'],
  organisations: ['Organisation'],
  attachments: ['Attachment'],
  users: ['User'],
  settings: ['Settings'],
};

export function tagsFor(features: readonly string[]): Tag[] {
  const all = features.includes('*');
  const tags = new Set<Tag>(['Dashboard']);
  for (const [feature, featureTags] of Object.entries(tagsOfFeature))
    if (all || features.includes(feature)) featureTags.forEach((tag) => tags.add(tag));
  return [...tags];
}

/**
 * Lists and the dashboard follow what every desk does: when the core says a feature's records
 * changed (here or at another desk of the office), what shows them is fetched again.
 */
export function useLiveData(enabled: boolean): void {
  const dispatch = useAppDispatch();
  useEffect(() => {
    if (!enabled) return undefined;
    return window.api.on('dataChanged', ({ features }) => {
      dispatch(api.util.invalidateTags(tagsFor(features)));
    });
  }, [enabled, dispatch]);
}
