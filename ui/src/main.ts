// Entry point of the page's script (bundled to dist/public/app.js).
import { startApp } from './app.js';

startApp(document.getElementById('app') ?? document.body);
