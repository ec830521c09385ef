/** The published config JSON Schema. */
export declare function configSchema(): {
    $id: string;
};
