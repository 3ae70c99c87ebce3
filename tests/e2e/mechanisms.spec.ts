/**
 * The mechanism panels end to end, on the real VM: compile pipeline (tokens, AST following the
 * current instruction, code objects with nested co_consts), the frame object, memory (pymalloc
 * model and tracemalloc statistics, a debugger-started trace), GC "Collect now" on a cycle, the
 * threads/GIL panel, and an object's refcount timeline while stepping.
 *
 * Expected values come from CPython 3.12 on programs/mechanisms.py:
 *   build.__code__.co_varnames == ('n', 'total', 'i', 'items', 's')
 *   at line 27: tracemalloc.take_snapshot().statistics('lineno')[0] ==
 *     'mechanisms.py:15: size=11.0 KiB, count=201, average=56 B'; gc.collect() == 2 (the Node cycle)
 *   tracemalloc.get_object_traceback(size) → mechanisms.py:17
 *   python3.12 -m tokenize: token 1 is NAME 'import' at 1,0-1,6
 * and on programs/stack_step.py (see debugger.spec.ts): `items` has refcount 1 at offset 16, 2 at 18.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, ROOT, shot, test } from './fixtures';

const PROGRAMS = path.join(ROOT, 'tests/e2e/programs');
const MECH = path.join(PROGRAMS, 'mechanisms.py');

async function openProgram(page: Page, file: string): Promise<void> {
  await page.locator('[data-testid=file-input]').setInputFiles(file);
  await expect(page.locator('[data-testid=source-editor] .view-lines')).toContainText(readFileSync(file, 'utf8').split('\n')[0]!.replace(/ /g, '\u00a0'));
}

async function toggleBreakpoint(page: Page, line: number): Promise<void> {
  const before = await page.locator('.bs-bp-glyph').count();
  await page.locator('[data-testid=source-editor] .line-numbers').getByText(String(line), { exact: true }).click();
  await expect(page.locator('.bs-bp-glyph')).not.toHaveCount(before);
}

const state = (page: Page) => page.locator('[data-state]');
const tab = (page: Page, id: string) => page.locator(`[data-tab=${id}]`).click();

test('compile pipeline: tokens, the AST node of the current instruction, co_* of frame and nested code; the frame object', async ({ app }, info) => {
  await openProgram(app, MECH);
  await toggleBreakpoint(app, 17);
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused');

  await tab(app, 'compile');
  const tok1 = app.locator('[data-testid=tokens] [data-token-index="1"]');
  await expect(tok1).toContainText('1,0-1,6');
  await expect(tok1).toContainText('NAME');
  await expect(tok1).toContainText("'import'");
  await tok1.click();
  await expect(app.locator('.bs-pick-range')).toHaveText('import');
  await shot(app, info, 'compile-tokens');

  await app.locator('[data-sub=ast]').click();
  await expect(app.locator('[data-testid=ast] [data-ast-type=Module]')).toBeVisible();
  // the breakpoint stops at `total += len(s)`'s first instruction, LOAD_FAST total: the Name node 17:8-17:13
  const cur = app.locator('[data-testid=ast] .node.current');
  await expect(cur).toHaveCount(1);
  await expect(cur).toHaveAttribute('data-ast-type', 'Name');
  await expect(cur.locator('> .row')).toContainText("id='total'");
  await expect(cur.locator('> .row')).toContainText('17:8–17:13');
  await shot(app, info, 'compile-ast');

  await app.locator('[data-sub=code]').click();
  await expect(app.locator('[data-field=co_qualname]')).toHaveText('build');
  await expect(app.locator('[data-field=co_varnames]')).toHaveText("('n', 'total', 'i', 'items', 's')");
  await shot(app, info, 'compile-code-object');
  // the module's code: its co_consts hold build's code object, navigable
  await app.locator('[data-testid=call-stack] .frame').nth(1).click();
  await expect(app.locator('[data-field=co_qualname]')).toHaveText('<module>');
  await app.locator('[data-testid=co-consts] button', { hasText: 'build' }).click();
  await expect(app.locator('[data-field=co_qualname]')).toHaveText('build');
  await expect(app.locator('[data-field=co_varnames]')).toHaveText("('n', 'total', 'i', 'items', 's')");

  await app.locator('[data-testid=call-stack] .frame').nth(0).click();
  await tab(app, 'frame');
  await expect(app.locator('[data-field=f_code]')).toHaveText('<code object build>');
  await expect(app.locator('[data-field=f_lineno]')).toHaveText('17');
  await expect(app.locator('[data-testid=f-back] li')).toHaveText([/build/, /<module>\s+line 21/, 'None']);
  await shot(app, info, 'frame-object');
});

test('memory, GC and threads at the end of mechanisms.py: tracemalloc statistics as CPython prints them, Collect now frees the cycle', async ({ app }, info) => {
  await openProgram(app, MECH);
  await toggleBreakpoint(app, 27);
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused');

  await tab(app, 'memory');
  await expect(app.locator('[data-testid=tracemalloc-top] li').first()).toHaveText(/mechanisms\.py:15: size=11\.0 KiB, count=201, average=56 B$/);
  await expect(app.locator('[data-testid=size-classes] tbody tr[data-size]').first()).toBeVisible();
  await shot(app, info, 'memory');

  // tracemalloc.get_object_traceback(size) → mechanisms.py:17 (`total += len(s)` made the int)
  await tab(app, 'variables');
  await app.locator('[data-section=globals] .head').filter({ has: app.locator('.name', { hasText: /^size$/ }) }).locator('.chip').click();
  await tab(app, 'object');
  await expect(app.locator('[data-testid=object-inspector]')).toContainText(/allocated at\s*\S*mechanisms\.py:17/);
  await expect(app.locator('[data-testid=mro]')).toHaveText('int → object');

  await tab(app, 'gc');
  await app.locator('[data-testid=gc-collect]').click();
  await expect(app.locator('[data-testid=gc-collected]')).toHaveText('2');
  await expect(app.locator('[data-testid=gc-result] li')).toHaveCount(2);
  await expect(app.locator('[data-testid=gc-result] li').first()).toContainText('Node');
  await expect(app.locator('[data-testid=gc-history] tbody tr').first()).toContainText('stop');
  await expect(app.locator('[data-testid=gc-history] tbody tr').first()).toContainText('debugger');
  await shot(app, info, 'gc-collect-now');

  await tab(app, 'threads');
  await expect(app.locator('[data-testid=single-thread]')).toBeVisible();
  await expect(app.locator('[data-thread=MainThread]')).toContainText('holds it');
});

test('Track allocations starts tracemalloc from the debugger; the refcount timeline follows a list while stepping', async ({ app }, info) => {
  await openProgram(app, path.join(PROGRAMS, 'stack_step.py'));
  await toggleBreakpoint(app, 2);
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused');
  await tab(app, 'memory');
  await app.locator('[data-testid=track-allocations]').click();
  await expect(app.locator('[data-testid=memory-panel]')).toContainText('you pressed Track allocations');
  await app.keyboard.press('F10');
  await expect(app.locator('[data-testid=bytecode] tr.current')).toHaveAttribute('data-offset', '16');
  await expect(app.locator('[data-testid=tracemalloc-top] li').first()).toHaveText(/stack_step\.py:2: size=\d+ B, count=\d+, average=\d+ B$/);
  await shot(app, info, 'memory-track-allocations');

  // refcount timeline of `items`: 1 at offset 16 (LOAD_FAST items), 2 after it is on the stack
  await tab(app, 'variables');
  await app.locator('[data-section=locals] .head').filter({ has: app.locator('.name', { hasText: /^items$/ }) }).locator('.chip').click();
  await tab(app, 'object');
  const ticks = app.locator('[data-testid=refcount-timeline] .tick');
  await expect(ticks).toHaveCount(1);
  await expect(ticks.nth(0)).toHaveAttribute('data-refcount', '1');
  await app.keyboard.press('F7');
  await expect(ticks).toHaveCount(2);
  await expect(ticks.nth(1)).toHaveAttribute('data-refcount', '2');
  await app.keyboard.press('F7');
  await expect(ticks).toHaveCount(3);
  await expect(ticks.nth(2)).toHaveAttribute('data-refcount', '2');
  await shot(app, info, 'refcount-timeline');
  // items[0] is 10: a small int, the one shared immortal object for that value
  await app.locator('[data-testid=object-inspector] .ref .chip', { hasText: '10' }).first().click();
  await expect(app.locator('[data-testid=sharing]')).toContainText('small int cache');
});

test('threads/GIL: two _thread workers and a blocked main thread, one holder of the GIL, hand-offs recorded', async ({ app }, info) => {
  await openProgram(app, path.join(PROGRAMS, 'threads_gil.py'));
  await toggleBreakpoint(app, 12);
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused', { timeout: 30_000 });
  await tab(app, 'threads');
  const rows = app.locator('[data-testid=threads-panel] tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(app.locator('[data-thread=MainThread]')).toContainText('blocked on lock');
  await expect(rows.filter({ hasText: 'holds it' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'holds it' })).toContainText('worker:12');
  await expect(app.locator('[data-testid=gil-timeline] .sw').first()).toBeVisible();
  await shot(app, info, 'threads-gil');
});
