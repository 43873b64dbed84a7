// The update watch with fake workers: a newer worker is reported once it has installed and waits, whether it
// was already waiting, was installing when the app registered, or arrives later; a first install is not.
import { describe, expect, it, vi } from 'vitest';
import { applyUpdate, watchForUpdate, type WorkerContainer, type WorkerRegistration } from '../../src/app/service-worker';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly postMessage = vi.fn();
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}
const asWorker = (w: FakeWorker) => w as unknown as ServiceWorker;

class FakeRegistration extends EventTarget implements WorkerRegistration {
  installing: ServiceWorker | null = null;
  waiting: ServiceWorker | null = null;
  startInstalling(worker: FakeWorker) {
    this.installing = asWorker(worker);
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget implements WorkerContainer {
  constructor(public controller: ServiceWorker | null) {
    super();
  }
}

const controlled = () => new FakeContainer(asWorker(new FakeWorker()));

describe('watchForUpdate', () => {
  it('reports a worker that was already waiting when the page is controlled by an older one', () => {
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    registration.waiting = asWorker(waiting);
    const onReady = vi.fn();
    watchForUpdate(registration, controlled(), onReady);
    expect(onReady).toHaveBeenCalledWith(waiting);
  });

  it('reports a worker found later once it has installed, not while it installs', () => {
    const registration = new FakeRegistration();
    const onReady = vi.fn();
    watchForUpdate(registration, controlled(), onReady);
    const newer = new FakeWorker();
    registration.startInstalling(newer);
    expect(onReady).not.toHaveBeenCalled();
    newer.moveTo('installed');
    expect(onReady).toHaveBeenCalledOnce();
    expect(onReady).toHaveBeenCalledWith(newer);
  });

  it('reports a worker that was installing before the app registered', () => {
    const registration = new FakeRegistration();
    const newer = new FakeWorker();
    registration.installing = asWorker(newer);
    const onReady = vi.fn();
    watchForUpdate(registration, controlled(), onReady);
    newer.moveTo('installed');
    expect(onReady).toHaveBeenCalledWith(newer);
  });

  it('does not report the first install: no worker controls the page yet', () => {
    const registration = new FakeRegistration();
    const onReady = vi.fn();
    watchForUpdate(registration, new FakeContainer(null), onReady);
    const first = new FakeWorker();
    registration.startInstalling(first);
    first.moveTo('installed');
    first.moveTo('activated');
    expect(onReady).not.toHaveBeenCalled();
  });

  it('does not report a worker whose install failed', () => {
    const registration = new FakeRegistration();
    const onReady = vi.fn();
    watchForUpdate(registration, controlled(), onReady);
    const broken = new FakeWorker();
    registration.startInstalling(broken);
    broken.moveTo('redundant');
    expect(onReady).not.toHaveBeenCalled();
  });
});

describe('applyUpdate', () => {
  it('asks the waiting worker to take over, and reloads only once it controls the page', () => {
    const waiting = new FakeWorker();
    const container = controlled();
    const reload = vi.fn();
    applyUpdate(asWorker(waiting), container, reload);
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });
});
