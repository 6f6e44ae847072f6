import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { AuthStatus } from '../../../shared/auth/contract';

export interface AuthState {
  /** Null until the first answer from the core. */
  status: AuthStatus | null;
  /** Why the core ended the session (e.g. the password was reset), shown on the sign-in screen. */
  endedBecause: string | null;
}

const initialState: AuthState = { status: null, endedBecause: null };

export const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    statusReceived: (state, action: PayloadAction<AuthStatus>) => {
      state.status = action.payload;
      if (action.payload.user) state.endedBecause = null;
    },
    sessionLocked: (state) => {
      if (state.status?.user) state.status.locked = true;
    },
    sessionEnded: (state, action: PayloadAction<string | undefined>) => {
      if (state.status?.user) state.endedBecause = action.payload ?? null;
      if (state.status) state.status = { ...state.status, user: null, locked: false };
    },
  },
});

export const { statusReceived, sessionLocked, sessionEnded } = authSlice.actions;
