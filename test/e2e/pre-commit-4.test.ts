/** The pre-commit framework's 4.x installs the hook from a tagged commit and runs it (test/helpers/pre-commit-framework.ts). */
import { preCommitSuite } from '../helpers/pre-commit-framework';

preCommitSuite(4);
