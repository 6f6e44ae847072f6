import { useEffect, useRef } from 'react';
import { callApi } from '../../app/api';
import { useAppDispatch } from '../../app/store';
import { statusReceived } from './authSlice';

const activityEvents = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
const touchEveryMs = 60_000;
const checkEveryMs = 5_000;

/**
 * Locks the session after `idleMinutes` without keyboard or mouse use, and tells the core that
 * the person is still at work (the core locks on its own too, so a hung renderer cannot keep a
 * session open).
 */
export function useIdleLock(idleMinutes: number, active: boolean): void {
  const dispatch = useAppDispatch();
  const lastActivity = useRef(0);
  const lastTouch = useRef(0);

  useEffect(() => {
    if (!active) return;
    lastActivity.current = Date.now();
    lastTouch.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    for (const name of activityEvents)
      window.addEventListener(name, onActivity, { passive: true, capture: true });

    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity.current >= idleMinutes * 60_000) {
        void callApi('auth.lock', {}).then((result) => {
          if (result.ok) dispatch(statusReceived(result.data));
        });
        return;
      }
      if (lastActivity.current > lastTouch.current && now - lastTouch.current >= touchEveryMs) {
        lastTouch.current = now;
        void callApi('auth.touch', {}, dispatch);
      }
    }, checkEveryMs);

    return () => {
      window.clearInterval(timer);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [active, idleMinutes, dispatch]);
}
