/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { BytescopeBridge } from '../../shared/protocol';

declare global {
  interface Window {
    bytescope?: BytescopeBridge;
  }
}
