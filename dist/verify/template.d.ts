/**
 * Templates in verify and revoke specs: {{secret}}, {{needs.NAME}}, {{steps.N.NAME}}, {{secrets_json}},
 * with the filters |url, |base64 and |json. Values come from a closed set of names: nothing is evaluated.
 */
/** Values a template may refer to. */
export type TemplateVars = Record<string, string>;
/** The names a template uses (to check that every need is available before sending anything). */
export declare function templateNames(template: string): string[];
/** Every template name a request spec uses (URL, headers, body, form, basic auth). */
export declare function requestNames(r: import('./types').RequestSpec): string[];
/** Renders a template; an unknown name or filter is an error (a spec bug, caught by the spec tests). */
export declare function render(template: string, vars: TemplateVars): string;
