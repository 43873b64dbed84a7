// A lazily loaded part whose code cannot be fetched is named in its own box, with "Try again" (which loads
// it afresh) and "Reload"; what is around it keeps rendering. Reload warns when loaded figures would go.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChunkBoundary } from '../../../src/components/ui/ChunkBoundary';
import { retryableLazy } from '../../../src/components/ui/retryable-lazy';

beforeEach(() => {
  // React reports each caught error on the console; the boundary's own warning too.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.head.querySelector('script[data-test-entry]')?.remove();
});

function Part({ label }: { label: string }) {
  return <p>{label} is here</p>;
}

/** A part whose first `failures` loads fail as a chunk fetch does. */
function flakyPart(failures: number) {
  let calls = 0;
  return retryableLazy(
    () => {
      calls += 1;
      return calls <= failures
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/Part-1.js'))
        : Promise.resolve({ Part });
    },
    (m) => m.Part,
  );
}

function entryScript(name: string) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `./assets/${name}`;
  script.dataset.testEntry = '';
  document.head.append(script);
}

describe('ChunkBoundary', () => {
  it('names the part that failed, keeps its neighbours, and loads it on "Try again"', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html></html>')));
    const part = flakyPart(1);
    render(
      <>
        <p>The map is here</p>
        <ChunkBoundary what="Saved scenarios" uploadedFile={null} onRetry={part.retry}>
          <part.Component label="Saved scenarios" />
        </ChunkBoundary>
      </>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Saved scenarios could not be loaded');
    expect(screen.getByText('The map is here')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByText(/text typed but not saved is cleared/)).not.toHaveTextContent(/clears the figures/);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Saved scenarios is here')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers "A newer version is available: reload" when the server names another entry script', async () => {
    entryScript('index-OLD1.js');
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('<script type="module" crossorigin src="./assets/index-NEW2.js"></script>')),
    );
    const part = flakyPart(5);
    const dismissed = vi.fn();
    render(
      <ChunkBoundary what="Presentation mode" uploadedFile={null} onRetry={part.retry} onDismiss={dismissed}>
        <part.Component label="Presentation" />
      </ChunkBoundary>,
    );
    expect(await screen.findByRole('button', { name: 'A newer version is available: reload' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('a newer version of the app is available');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(dismissed).toHaveBeenCalledOnce();
  });

  it('warns that a reload clears figures loaded from a file', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    const part = flakyPart(5);
    render(
      <ChunkBoundary what="Your own figures" uploadedFile="kent-2025.csv" onRetry={part.retry}>
        <part.Component label="Upload" />
      </ChunkBoundary>,
    );
    expect(await screen.findByText(/clears the figures loaded from “kent-2025.csv”/)).toBeInTheDocument();
    expect(await screen.findByText(/seems to be offline/)).toBeInTheDocument();
  });

  it('loads a part that failed offline by itself when the browser is back online, without "Try again"', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    const part = flakyPart(1);
    render(
      <ChunkBoundary what="The trend chart" uploadedFile={null} onRetry={part.retry}>
        <part.Component label="The trend chart" />
      </ChunkBoundary>,
    );
    // The alert comes first with the general message, then with the diagnosis: wait for the diagnosis.
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The trend chart could not be loaded: this computer seems to be offline. It will load by itself when the connection is back.',
      ),
    );
    vi.stubGlobal('navigator', { ...navigator, onLine: true });
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText('The trend chart is here')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stops listening for the connection once it has loaded (a later "online" does not reload it)', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    const retried = vi.fn();
    const part = flakyPart(1);
    const { unmount } = render(
      <ChunkBoundary
        what="The trend chart"
        uploadedFile={null}
        onRetry={() => {
          retried();
          part.retry();
        }}
      >
        <part.Component label="The trend chart" />
      </ChunkBoundary>,
    );
    await screen.findByRole('alert');
    window.dispatchEvent(new Event('online'));
    await screen.findByText('The trend chart is here');
    window.dispatchEvent(new Event('online'));
    expect(retried).toHaveBeenCalledOnce();
    unmount();
  });

  it('shows a rendering error (not a chunk failure) with its message', async () => {
    function Broken(): never {
      throw new Error('no data for 00L');
    }
    render(
      <ChunkBoundary what="The trend chart" uploadedFile={null}>
        <Broken />
      </ChunkBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The trend chart could not be shown: no data for 00L');
  });
});

describe('retryableLazy preload', () => {
  it('fetches the chunk before the part is rendered, so it renders without another fetch', async () => {
    let calls = 0;
    const part = retryableLazy(
      () => {
        calls += 1;
        return Promise.resolve({ Part });
      },
      (m) => m.Part,
    );
    await part.preload();
    expect(calls).toBe(1);
    render(<part.Component label="About the data" />);
    expect(await screen.findByText('About the data is here')).toBeTruthy();
    // React.lazy calls the loader once more, which the module cache answers: the same module, no new chunk.
    expect(calls).toBeLessThanOrEqual(2);
  });

  it('keeps a failed preload quiet, and the part still loads when first rendered', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html></html>')));
    const part = flakyPart(1);
    await expect(part.preload()).resolves.toBeUndefined();
    render(
      <ChunkBoundary what="About the data" uploadedFile={null} onRetry={part.retry}>
        <part.Component label="About the data" />
      </ChunkBoundary>,
    );
    expect(await screen.findByText('About the data is here')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
