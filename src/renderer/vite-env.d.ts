/// <reference types="vite/client" />
import type { PrivacyDeskApi } from '../shared/api';

declare global {
  interface Window {
    api: PrivacyDeskApi;
  }
}
