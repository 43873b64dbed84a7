// The "newer version" notice: nothing until a newer worker waits; then a status with "Reload to use it"
// (which hands over to the waiting worker) and what a reload clears; "Not now" hides it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateNotice } from '../../src/app/UpdateNotice';
import { setWaitingWorker, type WorkerContainer } from '../../src/app/service-worker';
import { useUploadStore } from '../../src/state/stores/upload-store';

class FakeWorker extends EventTarget {
  readonly postMessage = vi.fn();
}
const container = new EventTarget() as WorkerContainer;

afterEach(() => {
  act(() => setWaitingWorker(null));
});

describe('UpdateNotice', () => {
  it('shows nothing while no newer version waits', () => {
    const { container: root } = render(<UpdateNotice container={container} reload={vi.fn()} />);
    expect(root).toBeEmptyDOMElement();
  });

  it('says a newer version is ready, and "Reload to use it" lets it take over, then reloads', async () => {
    const reload = vi.fn();
    render(<UpdateNotice container={container} reload={reload} />);
    const waiting = new FakeWorker();
    act(() => setWaitingWorker(waiting as unknown as ServiceWorker));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('A newer version of the app is ready.');
    expect(notice).toHaveTextContent('Reloading keeps the view, levers and saved scenarios');
    await userEvent.click(screen.getByRole('button', { name: 'Reload to use it' }));
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('warns that a reload clears figures loaded from a file', () => {
    useUploadStore.getState().apply({ fileName: 'local.csv', overrides: [], areaCount: 2 });
    render(<UpdateNotice container={container} reload={vi.fn()} />);
    act(() => setWaitingWorker(new FakeWorker() as unknown as ServiceWorker));
    expect(screen.getByRole('status')).toHaveTextContent('clears the figures loaded from “local.csv”');
  });

  it('"Not now" hides the notice', async () => {
    render(<UpdateNotice container={container} reload={vi.fn()} />);
    act(() => setWaitingWorker(new FakeWorker() as unknown as ServiceWorker));
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
