// Popup entry: mounts the popup app.
import { render } from 'preact';

render(<p>Claimlight</p>, document.getElementById('app')!);
