/** Root of the installed package (holds rules/, schema/ and, once built, dist/): two levels above this file in src/ and in dist/. */
export declare const PACKAGE_ROOT: string;
