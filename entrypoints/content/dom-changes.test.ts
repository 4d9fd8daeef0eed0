// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { domChanged } from './dom-changes';

const watch = (signal = new AbortController().signal) => domChanged(document.body, { settleMs: 20, timeoutMs: 300, signal });

describe('domChanged', () => {
  it('answers true once the page changed and went quiet', async () => {
    const changed = watch();
    setTimeout(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'late text' })), 10);
    await expect(changed).resolves.toBe(true);
  });

  it('answers false when nothing changes before the deadline', async () => {
    await expect(watch()).resolves.toBe(false);
  });

  it('answers false at once when aborted', async () => {
    const controller = new AbortController();
    const changed = watch(controller.signal);
    controller.abort();
    await expect(changed).resolves.toBe(false);
  });
});
