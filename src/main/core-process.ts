/**
 * The core in a process of its own, so a long export or the annual PDF never freezes the window.
 * Electron starts this file with `utilityProcess.fork` (messages on `process.parentPort`); tests start
 * it with `child_process.fork` (messages on `process.send`). It never imports electron.
 */
import { runCoreProcess } from './core/host/process';

runCoreProcess();
