/** Whether this build's VM can run programs (shown on the welcome screen). No VM import here. */
export const VM_STATUS = { available: false, detail: 'The VM (src/vm) cannot run programs in this build yet.' };
