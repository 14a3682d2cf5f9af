import { run } from '@archway/kit';
import { main } from './main.ts';

await run(main);
