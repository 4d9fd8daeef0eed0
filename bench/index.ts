/** `npm run bench`: every benchmark, one after another. Each prints its tables and writes bench/results/<name>.json. */
import { benchExtract } from './extract';
import { benchFraming } from './framing';
import { benchMatch } from './match';

benchExtract();
await benchMatch();
benchFraming();
