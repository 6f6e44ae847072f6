import type { AppChannel, ChannelInput, ChannelOutput } from './contract';
import type { ApiResult } from './errors';
import type { AppEventName, AppEvents } from './events';

/** The whole surface the preload exposes to the renderer as `window.api`. */
export interface PrivacyDeskApi {
  invoke<C extends AppChannel>(channel: C, input?: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
  on<E extends AppEventName>(event: E, callback: (payload: AppEvents[E]) => void): () => void;
}
