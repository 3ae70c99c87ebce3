/** Entry point of a session worker thread: one program on Bytescope's VM. */
import { runWorker } from './worker-core';
import { createVmDebuggee } from './vm-bridge';

runWorker(createVmDebuggee);
