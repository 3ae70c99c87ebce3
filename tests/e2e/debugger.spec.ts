/**
 * The debugger end to end, on the real VM: open a program, break, step one instruction and check
 * what CPython 3.12 would show; heap graph cycles; snapshots saved and reopened offline; pausing a
 * runaway loop; input().
 *
 * Expected values come from CPython 3.12 (`python3.12 -m dis`), e.g. for programs/stack_step.py:
 *   3  16 LOAD_FAST 1 (items)      <- breakpoint on line 3 stops here, value stack empty
 *      18 STORE_FAST 2 (alias)     <- after one step: TOS is the list, refcount 2 (items + stack)
 *   4  20 LOAD_FAST 2 (alias)      <- after another: stack empty, alias bound, refcount still 2
 */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, ROOT, SEED_EXAMPLES, shot, test } from './fixtures';

const PROGRAMS = path.join(ROOT, 'tests/e2e/programs');

async function openProgram(page: Page, file: string): Promise<void> {
  await page.locator('[data-testid=file-input]').setInputFiles(file);
  await expect(page.locator('[data-testid=source-editor] .view-lines')).toContainText(readFileSync(file, 'utf8').split('\n')[0]!.replace(/ /g, '\u00a0'));
}

async function toggleBreakpoint(page: Page, line: number): Promise<void> {
  await page.locator('[data-testid=source-editor] .line-numbers').getByText(String(line), { exact: true }).click();
  await expect(page.locator('.bs-bp-glyph')).not.toHaveCount(0);
}

const state = (page: Page) => page.locator('[data-state]');
const currentRow = (page: Page) => page.locator('[data-testid=bytecode] tr.current');
const stackChip = (page: Page, i: number) => page.locator(`[data-testid=value-stack] [data-stack-index="${i}"] .chip`);
const localRow = (page: Page, name: string) => page.locator('[data-section=locals] .head').filter({ has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });

test('break on a line, step one instruction: cursor, value stack, locals and refcounts move as in CPython', async ({ app }, info) => {
  await openProgram(app, path.join(PROGRAMS, 'stack_step.py'));
  await toggleBreakpoint(app, 3);
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused');
  await expect(currentRow(app)).toHaveAttribute('data-offset', '16');
  await expect(currentRow(app)).toContainText('LOAD_FAST');
  await expect(app.locator('[data-testid=call-stack] .frame')).toHaveCount(2);
  await expect(app.locator('[data-testid=call-stack] .frame').first()).toContainText('pair');
  await expect(app.locator('[data-testid=value-stack] [data-stack-index]')).toHaveCount(0);
  await expect(localRow(app, 'items').locator('.chip')).toHaveAttribute('data-refcount', '1');
  await expect(localRow(app, 'alias')).toContainText('<unbound>');
  await shot(app, info, 'paused-at-breakpoint');

  await app.keyboard.press('F7');
  await expect(currentRow(app)).toHaveAttribute('data-offset', '18');
  await expect(currentRow(app)).toContainText('STORE_FAST');
  await expect(stackChip(app, 0)).toContainText('[10, 11]');
  await expect(stackChip(app, 0)).toHaveAttribute('data-refcount', '2');
  await expect(localRow(app, 'items').locator('.chip')).toHaveAttribute('data-refcount', '2');
  await shot(app, info, 'after-one-instruction');

  await app.keyboard.press('F7');
  await expect(currentRow(app)).toHaveAttribute('data-offset', '20');
  await expect(app.locator('[data-testid=value-stack] [data-stack-index]')).toHaveCount(0);
  await expect(localRow(app, 'alias').locator('.chip')).toContainText('[10, 11]');
  await expect(localRow(app, 'alias').locator('.chip')).toHaveAttribute('data-refcount', '2');

  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'terminated');
  await expect(app.locator('[data-testid=console]')).toContainText('[10, 11]');
});

async function expectCycleInHeap(app: Page, file: string, line: number, info: Parameters<typeof shot>[1], name: string): Promise<void> {
  await openProgram(app, file);
  await toggleBreakpoint(app, line);
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused');
  await app.locator('[data-tab=heap]').click();
  const canvas = app.locator('[data-testid=heap-canvas]');
  await expect(canvas).toBeVisible();
  expect(Number(await canvas.getAttribute('data-cycles'))).toBeGreaterThan(0);
  await expect(app.locator('[data-testid=cycles] .cycle').first()).toBeVisible();
  await shot(app, info, name);
}

test('the heap graph shows a reference cycle', async ({ app }, info) => {
  await expectCycleInHeap(app, path.join(PROGRAMS, 'cycle.py'), 11, info, 'heap-cycle');
  await expect(app.locator('[data-testid=cycles] .cycle').first()).toContainText('Node');
  await expect(app.locator('[data-testid=heap-canvas]')).toHaveAttribute('data-garbage', '0');
  // step over `del a, b`: the two Nodes (and their __dict__s) are now kept alive only by the cycle
  await app.keyboard.press('F10');
  await expect(currentRow(app)).toBeVisible();
  await expect(app.locator('[data-testid=cycles] .cycle.garbage').first()).toBeVisible();
  expect(Number(await app.locator('[data-testid=heap-canvas]').getAttribute('data-garbage'))).toBeGreaterThanOrEqual(2);
  await shot(app, info, 'heap-cycle-garbage');
});

test('the heap graph shows the cycle of the seed example 12_reference_cycle.py', async ({ app }, info) => {
  const seed = path.join(SEED_EXAMPLES, '12_reference_cycle.py');
  test.skip(!existsSync(seed), `../shared/seed/examples/12_reference_cycle.py is absent; skipping the seed case`);
  // stop on the first `del` statement: both objects of the cycle exist and still have names
  const idx = readFileSync(seed, 'utf8').split('\n').findIndex((l) => /^del\s/.test(l));
  test.skip(idx < 0, 'the seed example has no top-level del statement to stop at');
  await expectCycleInHeap(app, seed, idx + 1, info, 'heap-cycle-seed');
});

test('save a heap snapshot, reopen it offline, and refuse a corrupt one', async ({ app }, info) => {
  test.skip(info.project.name === 'electron', 'Electron saves through a native dialog Playwright cannot drive; the web project covers save and reopen');
  await openProgram(app, path.join(PROGRAMS, 'cycle.py'));
  await toggleBreakpoint(app, 11);
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused');
  const download = app.waitForEvent('download');
  await app.locator('[data-action=save-snapshot]').click();
  const file = path.join(info.outputDir, 'cycle.bsheap');
  await (await download).saveAs(file);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  expect(doc.format).toBe('bytescope-heap-snapshot');
  expect(doc.version).toBe(1);

  await app.keyboard.press('Shift+F5');
  await expect(state(app)).toHaveAttribute('data-state', 'terminated');
  await app.locator('[data-testid=snapshot-input]').setInputFiles(file);
  await expect(app.locator('[data-testid=snapshot-summary]')).toContainText('objects');
  await app.locator('[data-testid=snapshot-browser] tr[data-type=Node]').click();
  await app.locator('[data-testid=snapshot-browser] .list .row').first().click();
  await expect(app.locator('[data-testid=snapshot-object]')).toContainText('in a cycle');
  await shot(app, info, 'snapshot-offline');
  await app.getByRole('button', { name: 'Close snapshot' }).click();

  const corrupt = path.join(info.outputDir, 'corrupt.bsheap');
  writeFileSync(corrupt, readFileSync(file, 'utf8').slice(0, 200));
  await app.locator('[data-testid=snapshot-input]').setInputFiles(corrupt);
  await expect(app.locator('[data-testid=snapshot-error]')).toContainText('truncated');
  await app.getByRole('button', { name: 'Close snapshot' }).click();
});

test('pause stops a runaway loop within a moment, and stop ends it', async ({ app }, info) => {
  await openProgram(app, path.join(PROGRAMS, 'runaway.py'));
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'running');
  await app.waitForTimeout(500);
  const t0 = Date.now();
  await app.locator('[data-action=pause]').click();
  await expect(state(app)).toHaveAttribute('data-state', 'paused');
  expect(Date.now() - t0).toBeLessThan(2000);
  await expect(currentRow(app)).toBeVisible();
  await expect(app.locator('[data-testid=status]')).toContainText('Paused');
  await shot(app, info, 'paused-runaway');
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'running');
  await app.keyboard.press('Shift+F5');
  await expect(state(app)).toHaveAttribute('data-state', 'terminated');
});

test('input() reads a line typed in the console', async ({ app }, info) => {
  await openProgram(app, path.join(PROGRAMS, 'greet.py'));
  await app.keyboard.press('F5');
  await expect(app.locator('[data-testid=status]')).toContainText('Waiting for input');
  await expect(app.locator('[data-testid=console]')).toContainText('name?');
  await app.locator('[data-testid=console]').click();
  await app.keyboard.type('Ada');
  await app.keyboard.press('Enter');
  await expect(app.locator('[data-testid=console]')).toContainText('hello Ada');
  await expect(state(app)).toHaveAttribute('data-state', 'terminated');
  await shot(app, info, 'input');
});

test('seed 10_refcount.py: `y = x` adds one reference, one instruction at a time', async ({ app }, info) => {
  const seed = path.join(SEED_EXAMPLES, '10_refcount.py');
  test.skip(!existsSync(seed), '../shared/seed/examples/10_refcount.py is absent; skipping the seed case');
  // python3.12 -m dis: line 6 is `66 LOAD_NAME 1 (x)`, `68 STORE_NAME 4 (y)`; line 7 starts at 70
  const line = readFileSync(seed, 'utf8').split('\n').findIndex((l) => /^y = x\b/.test(l)) + 1;
  test.skip(line === 0, 'the seed example has no `y = x` line');
  await openProgram(app, seed);
  await toggleBreakpoint(app, line);
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused');
  const globalChip = (name: string) => app.locator('[data-section=globals] .head').filter({ has: app.locator('.name', { hasText: new RegExp(`^${name}$`) }) }).locator('.chip');
  await expect(currentRow(app)).toContainText('LOAD_NAME');
  await expect(globalChip('x')).toHaveAttribute('data-refcount', '1');
  await expect(app.locator('[data-testid=console]')).toContainText('2');
  await app.keyboard.press('F7');
  await expect(currentRow(app)).toContainText('STORE_NAME');
  await expect(stackChip(app, 0)).toContainText('[1, 2, 3]');
  await expect(stackChip(app, 0)).toHaveAttribute('data-refcount', '2');
  await app.keyboard.press('F7');
  await expect(app.locator('[data-testid=value-stack] [data-stack-index]')).toHaveCount(0);
  await expect(globalChip('y')).toHaveAttribute('data-refcount', '2');
  await expect(globalChip('x')).toHaveAttribute('data-refcount', '2');
  await shot(app, info, 'seed-refcount');
});

test('an uncaught exception stops the program post-mortem, then prints CPython\'s traceback', async ({ app }, info) => {
  await openProgram(app, path.join(PROGRAMS, 'crash.py'));
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'paused');
  await expect(app.locator('[data-testid=status]')).toContainText('ZeroDivisionError');
  await expect(app.locator('[data-testid=call-stack] .frame').first()).toContainText('average');
  await expect(currentRow(app)).toContainText('BINARY_OP');
  await expect(localRow(app, 'values').locator('.chip')).toContainText('[]');
  await shot(app, info, 'uncaught-exception');
  await app.keyboard.press('F5');
  await expect(state(app)).toHaveAttribute('data-state', 'terminated');
  await expect(app.locator('[data-testid=console]')).toContainText('ZeroDivisionError: division by zero');
});
