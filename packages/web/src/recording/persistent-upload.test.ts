import { describe, expect, it } from 'vitest';
import { backoffSeconds, isWorthRetrying, sendUntilDone } from './persistent-upload.ts';

const httpError = (status: number) =>
  Object.assign(new Error(`HTTP ${status}`), {
    originalResponse: { getStatus: () => status },
  });
const networkError = () => Object.assign(new Error('network down'), { originalResponse: null });

describe('sending a stored recording until the server has it', () => {
  it('keeps trying through network failures and server errors, waiting longer each time', async () => {
    const failures = [networkError(), httpError(503), networkError()];
    const waits: number[] = [];
    let calls = 0;
    await sendUntilDone(
      () => {
        calls++;
        const failure = failures.shift();
        return failure ? Promise.reject(failure) : Promise.resolve();
      },
      { wait: (seconds) => Promise.resolve(void waits.push(seconds)) },
    );
    expect(calls).toBe(4);
    expect(waits).toEqual([2, 4, 8]);
  });

  it('stops at once when the server refuses the upload for good', async () => {
    let calls = 0;
    const send = () => {
      calls++;
      return Promise.reject(httpError(413));
    };
    await expect(sendUntilDone(send, { wait: () => Promise.resolve() })).rejects.toThrow('HTTP 413');
    expect(calls).toBe(1);
  });

  it('tells lasting refusals from passing trouble', () => {
    expect(isWorthRetrying(httpError(403))).toBe(false);
    expect(isWorthRetrying(httpError(409))).toBe(true);
    expect(isWorthRetrying(httpError(502))).toBe(true);
    expect(isWorthRetrying(networkError())).toBe(true);
  });

  it('caps the wait at a minute', () => {
    expect(backoffSeconds(0)).toBe(2);
    expect(backoffSeconds(10)).toBe(60);
  });
});
