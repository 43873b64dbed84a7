// The one way component tests render: inside the app's Providers, with a fresh QueryClient that does not retry
// (a failed file fails at once) or refetch when the window regains focus.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { Providers } from '../../src/app/providers';

export function renderWithProviders(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  return { ...render(<Providers client={client}>{ui}</Providers>), client };
}
