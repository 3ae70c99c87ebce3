/**
 * The Debuggee over Bytescope's VM (src/vm). The only session file that imports the VM.
 * Until the VM's run/debug entry points exist, the factory reports that honestly.
 */
import type { DebuggeeFactory } from './debuggee';
import { NotAvailableError } from './debuggee';

import { VM_STATUS } from './vm-status';

export const createVmDebuggee: DebuggeeFactory = () => {
  throw new NotAvailableError(VM_STATUS.detail);
};
