// Imported first by the worker's entry, so its mark is the first code of the bundle to run: the cold-path
// bench (bench/cold-path.bench.ts) tells loading the script apart from evaluating it. Test build only.
import { mark } from '../core/trace';

mark('sw:started');
