import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App } from './App';
import { appConfig } from './app-clock';

// react-aria's usePress adds a <style> element (touch-action for pressable elements) unless an
// element with its id exists. The Content-Security-Policy refuses <style> elements (style-src
// 'self'), so the rule is in styles.css and this marker tells react-aria it is there.
const pressableStyle = document.createElement('meta');
pressableStyle.id = 'react-aria-pressable-style';
document.head.append(pressableStyle);

// The platform's clock first (a demo moves it): every page's "today" and countdowns are on it.
// Not for long: without an answer in two seconds the pages start on this device's clock.
void Promise.race([appConfig(), new Promise((done) => setTimeout(done, 2000))]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
