// Popup entry: mounts the popup app. Also works as a normal extension page for a given tab:
// popup/index.html?tab=<tabId>.
import { render } from 'preact';
import { App } from './App';
import './popup.css';

render(<App />, document.getElementById('app')!);
