import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The readable build of DKFDS: pruned to the classes in use at build time, then minified by Vite.
import '@dkfds/css/dkfds.css';
import './styles.css';
import { App } from './app';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
