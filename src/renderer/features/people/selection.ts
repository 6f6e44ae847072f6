import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { PersonMatch, PersonRecordKind, PersonSelection } from '../../../shared/people/contract';
import { sessionEnded, statusReceived } from '../auth/authSlice';

/** A record the DPO ticked: what the search said of it, and the search (spelling) that found it. */
export interface SelectedRecord extends PersonMatch {
  query: string;
}

/** The key of a kind's heading in the `people` texts. */
export const kindKey = {
  inquiry: 'kindInquiry',
  case: 'kindCase',
  breach: 'kindBreach',
  organisation: 'kindOrganisation',
  attachment: 'kindAttachment',
  audit: 'kindAudit',
} as const satisfies Record<PersonRecordKind, string>;

export const selectionKey = (record: { kind: string; id: number }) => `${record.kind}:${record.id}`;

/** Adds records not yet in the selection (a record keeps the search that found it first). */
export function withRecords(selected: SelectedRecord[], records: SelectedRecord[]): SelectedRecord[] {
  const keys = new Set(selected.map(selectionKey));
  return [...selected, ...records.filter((record) => !keys.has(selectionKey(record)))];
}

/** What the core acts on: the records' kinds and ids, and the searches they were found with. */
export function toPersonSelection(selected: SelectedRecord[]): PersonSelection {
  return {
    items: selected.map(({ kind, id }) => ({ kind, id })),
    queries: [...new Set(selected.map((record) => record.query))],
  };
}

/**
 * The People screen's selection, kept while the DPO opens a record and comes back, and dropped when
 * the session ends. (The case's access report dialog keeps a selection of its own.)
 */
export const personSelectionSlice = createSlice({
  name: 'personSelection',
  initialState: { records: [] as SelectedRecord[] },
  reducers: {
    // A new state rather than an assignment to the draft: immer's draft type cannot hold a phrase's
    // recursive parameters.
    selectionChanged: (_state, action: PayloadAction<SelectedRecord[]>) => ({ records: action.payload }),
  },
  extraReducers: (builder) => {
    builder
      .addCase(sessionEnded, (state) => {
        state.records = [];
      })
      .addCase(statusReceived, (state, action) => {
        if (!action.payload.user) state.records = [];
      });
  },
});

export const { selectionChanged } = personSelectionSlice.actions;
