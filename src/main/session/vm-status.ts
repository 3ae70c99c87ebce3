/** Whether this build's VM can run programs (shown on the welcome screen). No VM import here. */
export const VM_STATUS = { available: true, detail: '' };
