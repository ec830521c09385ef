"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reporterFor = reporterFor;
/** The reporter for a format, loaded when asked for (the pre-commit check only ever needs text). */
function reporterFor(format, style) {
    switch (format) {
        case 'json':
            return require('./json').jsonReporter;
        case 'sarif':
            return require('./sarif').sarifReporter;
        case 'text':
            return require('./text').textReporter(style);
    }
}
