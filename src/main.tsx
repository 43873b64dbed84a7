import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/providers';
import { RootBoundary } from './app/RootBoundary';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RootBoundary>
        <Providers>
          <App />
        </Providers>
      </RootBoundary>
    </StrictMode>,
  );
}
