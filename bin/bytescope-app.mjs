#!/usr/bin/env node
// bytescope-app [FILE.py] — the debugger app (Electron, or the browser host where Electron is absent).
import { startApp } from '../scripts/start.mjs';

startApp(process.argv.slice(2));
