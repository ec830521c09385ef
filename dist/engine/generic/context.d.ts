/** A file context and what it adds to a candidate's score. */
export interface FileContext {
    kind: 'credentials' | 'config' | 'ci' | 'code' | 'shell' | 'test' | 'docs' | 'manifest' | 'i18n' | 'minified' | 'log';
    score: number;
    /** Source code: an unquoted word after `=` is a variable, not a literal. */
    code: boolean;
}
/** The context of a file path. */
export declare function fileContext(path: string): FileContext;
