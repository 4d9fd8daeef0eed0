import { render } from 'preact';
import { createExtensionConnector } from '@/lib/browser/extension-connector';
import { App } from './App';
import './style.css';

render(<App connector={createExtensionConnector(location.href)} />, document.getElementById('app')!);
