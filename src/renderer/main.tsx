import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { CssBaseline } from '@mui/material';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { HashRouter } from 'react-router';
import { App } from './App';
import { createStore } from './app/store';
import './i18n';
import { LanguageProviders } from './i18n/LanguageProviders';

const store = createStore();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Provider store={store}>
      <LanguageProviders>
        <CssBaseline />
        <HashRouter>
          <App />
        </HashRouter>
      </LanguageProviders>
    </Provider>
  </StrictMode>,
);
