// The app's query client runs the data queries even when the browser says it is offline: the files come from
// the service worker's offline copy, so a query must not wait for the network to come back.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { onlineManager, useQuery } from '@tanstack/react-query';
import { Providers } from '../../src/app/providers';

function Practices() {
  const query = useQuery({ queryKey: ['data', 'practices.json'], queryFn: async () => 'placed 6,000 practices' });
  return <p>{query.data ?? query.fetchStatus}</p>;
}

afterEach(() => onlineManager.setOnline(true));

describe('Providers', () => {
  it('fetches data while the browser reports being offline', async () => {
    onlineManager.setOnline(false);
    render(
      <Providers>
        <Practices />
      </Providers>,
    );
    expect(await screen.findByText('placed 6,000 practices')).toBeInTheDocument();
  });
});
