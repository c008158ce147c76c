// Library page entry: every saved annotation.
import { render } from 'preact';

render(<p>Claimlight library</p>, document.getElementById('app')!);
