import type { ReportFormat, Reporter, Style } from './types';

/** The reporter for a format, loaded when asked for (the pre-commit check only ever needs text). */
export function reporterFor(format: ReportFormat, style?: Style): Reporter {
  switch (format) {
    case 'json':
      return (require('./json') as typeof import('./json')).jsonReporter;
    case 'sarif':
      return (require('./sarif') as typeof import('./sarif')).sarifReporter;
    case 'text':
      return (require('./text') as typeof import('./text')).textReporter(style);
  }
}
