import type { AppEventName, AppEvents } from '../../shared/events';

type Listener = <E extends AppEventName>(event: E, payload: AppEvents[E]) => void;

/** Fan-out of app events to whoever shows them: Electron windows, or a test page. */
export interface EventBus {
  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): void;
  subscribe(listener: Listener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<Listener>();
  return {
    emit(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
