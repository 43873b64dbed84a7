import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/providers';
import { RootBoundary } from './app/RootBoundary';
import { liftFirstMapPicture } from './lib/first-map-picture';
// The shell's and shared styles, then the print summary's: after every part's own CSS, as their rules must win.
import './app/app.css';
import './app/print.css';

const root = document.getElementById('root');
if (root) {
  // The pre-rendered first map (index.html) stays on screen, out of #root, until the app's map has drawn.
  liftFirstMapPicture();
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
