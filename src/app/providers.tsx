import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

// "offlineFirst": the data files are the app's own, served from the service worker's offline copy once
// installed, so a query runs even when the browser says it is offline (the default, "online", would wait
// for the network forever, e.g. practices.json for an upload made offline). A real failure still shows.
export const queryDefaults = { retry: false, refetchOnWindowFocus: false, networkMode: 'offlineFirst' } as const;

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? new QueryClient({ defaultOptions: { queries: queryDefaults } }));
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
