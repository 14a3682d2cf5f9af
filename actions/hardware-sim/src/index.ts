import { run } from '@archway/kit';
import { main, post } from './main.ts';

await run(main, post);
