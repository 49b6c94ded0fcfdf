import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BeforeLogout, runBeforeLogout, useBeforeLogout } from './before-logout.ts';

function Registers({ work }: { work: BeforeLogout }) {
  useBeforeLogout(work);
  return null;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('work before the logout', () => {
  it('runs what mounted components registered and answers whether any sent something', async () => {
    const saved = vi.fn(() => Promise.resolve(true));
    const idle = vi.fn(() => Promise.resolve(false));
    const { unmount } = render(
      <>
        <Registers work={saved} />
        <Registers work={idle} />
      </>,
    );
    expect(await runBeforeLogout()).toBe(true);
    expect(saved).toHaveBeenCalledOnce();
    expect(idle).toHaveBeenCalledOnce();

    unmount();
    expect(await runBeforeLogout()).toBe(false);
    expect(saved).toHaveBeenCalledOnce();
  });

  it('runs the latest work a component gave', async () => {
    const first = vi.fn(() => Promise.resolve(false));
    const latest = vi.fn(() => Promise.resolve(true));
    const { rerender } = render(<Registers work={first} />);
    rerender(<Registers work={latest} />);
    expect(await runBeforeLogout()).toBe(true);
    expect(first).not.toHaveBeenCalled();
  });

  it('counts failed work as nothing sent', async () => {
    render(<Registers work={() => Promise.reject(new Error('offline'))} />);
    expect(await runBeforeLogout()).toBe(false);
  });

  it('does not wait past the timeout for work that hangs, and counts it as sent', async () => {
    vi.useFakeTimers();
    render(<Registers work={() => new Promise<boolean>(() => undefined)} />);
    let answer: boolean | undefined;
    void runBeforeLogout(5_000).then((sent) => {
      answer = sent;
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBe(true);
  });
});
