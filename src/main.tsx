import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/providers';
import { RootBoundary } from './app/RootBoundary';
// The shell's and shared styles, then the print summary's: after every part's own CSS, as their rules must win.
import './app/app.css';
import './app/print.css';

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
