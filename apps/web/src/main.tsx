import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
// The pixel font, bundled (Latin only: the UI is English); nothing is fetched at run time.
import '@fontsource/press-start-2p/latin-400.css';
import './styles.css';
import './panels/panels.css';

const root = document.getElementById('root');
if (!root) throw new Error('Seraph: index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
