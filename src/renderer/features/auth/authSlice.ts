import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { AuthStatus } from '../../../shared/auth/contract';

export interface AuthState {
  /** Null until the first answer from the core. */
  status: AuthStatus | null;
}

const initialState: AuthState = { status: null };

export const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    statusReceived: (state, action: PayloadAction<AuthStatus>) => {
      state.status = action.payload;
    },
    sessionLocked: (state) => {
      if (state.status?.user) state.status.locked = true;
    },
    sessionEnded: (state) => {
      if (state.status) state.status = { ...state.status, user: null, locked: false };
    },
  },
});

export const { statusReceived, sessionLocked, sessionEnded } = authSlice.actions;
