/** A data file's text and the name messages give it. */
export interface DataFile {
    text: string;
    shown: string;
}
/** The file at `abs`, or undefined when it does not exist and is not `required`; `what` names it in errors. */
export declare function readDataFile(abs: string, shown: string, required: boolean, what?: string): DataFile | undefined;
