import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface Notice {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'warning' | 'error';
  /** Label of the one action the notice offers (e.g. "Undo"); the callback lives in `noticeActions`. */
  actionLabel?: string;
}

/** Callbacks cannot live in the store (they are not serialisable), so they wait here by notice id. */
export const noticeActions = new Map<number, () => void>();

let nextId = 1;

export const notificationsSlice = createSlice({
  name: 'notifications',
  initialState: { queue: [] as Notice[] },
  reducers: {
    shown: (state, action: PayloadAction<Notice>) => {
      state.queue.push(action.payload);
    },
    dismissed: (state, action: PayloadAction<number>) => {
      state.queue = state.queue.filter((notice) => notice.id !== action.payload);
      noticeActions.delete(action.payload);
    },
  },
});

export function notice(
  message: string,
  severity: Notice['severity'] = 'success',
  action?: { label: string; run: () => void },
) {
  const id = nextId++;
  if (action) noticeActions.set(id, action.run);
  return notificationsSlice.actions.shown({ id, message, severity, actionLabel: action?.label });
}

export const { dismissed } = notificationsSlice.actions;
