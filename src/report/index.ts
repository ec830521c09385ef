import { jsonReporter } from './json';
import { sarifReporter } from './sarif';
import { textReporter } from './text';
import type { ReportFormat, Reporter, Style } from './types';

/** The reporter for a format. */
export function reporterFor(format: ReportFormat, style?: Style): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter;
    case 'sarif':
      return sarifReporter;
    case 'text':
      return textReporter(style);
  }
}
