// Builds the annotated report fixture project and prints it as JSON. Run as a built child process
// from e2e specs: Playwright's loader cannot import the engine's `?raw` SQL migrations itself.
import { buildAnnotatedProject } from './report-fixture';

void buildAnnotatedProject().then(
  (project) => {
    process.stdout.write(JSON.stringify(project));
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(String(error));
    process.exit(1);
  },
);
