/**
 * What kind of file a path is, as far as a generic secret goes: a file that exists to hold credentials
 * (.env, .netrc, settings.xml), configuration, source code, shell, a test fixture, documentation, a
 * package manifest or lockfile, translations. The same `password = x` means a leak in the first and
 * almost never in the last.
 */
/** A file context and what it adds to a candidate's score. */
export interface FileContext {
    kind: 'credentials' | 'config' | 'ci' | 'code' | 'shell' | 'test' | 'docs' | 'manifest' | 'i18n' | 'minified';
    score: number;
    /** Source code: an unquoted word after `=` is a variable, not a literal. */
    code: boolean;
}
/** The context of a file path. */
export declare function fileContext(path: string): FileContext;
