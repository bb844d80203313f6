import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@dkfds/css/dkfds.min.css';
import './styles.css';
import { App } from './app';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
