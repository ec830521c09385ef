"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuleSet = exports.DEFAULT_ENGINE_OPTIONS = void 0;
exports.engineRecord = engineRecord;
exports.engineFromRecord = engineFromRecord;
const re2_1 = __importDefault(require("re2"));
const path_memo_1 = require("./path-memo");
const prefilter_1 = require("./prefilter");
const decode_1 = require("./decode");
const inline_ignore_1 = require("./inline-ignore");
exports.DEFAULT_ENGINE_OPTIONS = { decode: decode_1.DEFAULT_DECODE, ignoreMarkers: [inline_ignore_1.DEFAULT_MARKER] };
/** The record of a scan's engine options. */
function engineRecord(options) {
    return { decodeDepth: options.decode.depth, ignoreMarkers: [...options.ignoreMarkers], ...(options.markInline ? { markInline: true } : {}) };
}
/** Engine options that detect as the recorded scan did (decoding limits other than the depth are fixed). */
function engineFromRecord(record) {
    return { decode: { ...decode_1.DEFAULT_DECODE, depth: record.decodeDepth }, ignoreMarkers: [...record.ignoreMarkers], ...(record.markInline ? { markInline: true } : {}) };
}
/** The compiled rules plus the keyword prefilter that decides which of them a fragment needs. */
class RuleSet {
    options;
    rules;
    /** Rules with a path pattern and no content regex: they flag files by name. */
    pathOnly;
    /** The path-only rules that flag a path. */
    pathOnlyFor;
    prefilter;
    allowRes;
    constructor(rules, allowlistRegexes = [], options = exports.DEFAULT_ENGINE_OPTIONS, prebuilt) {
        this.options = options;
        this.rules = rules;
        this.pathOnly = rules.filter((r) => r.def.path !== undefined && r.def.regex === undefined);
        this.pathOnlyFor = (0, path_memo_1.pathMatcher)(this.pathOnly, (r) => r.def.path);
        this.prefilter = new prefilter_1.Prefilter(rules, prebuilt);
        this.allowRes = allowlistRegexes.map((r) => new re2_1.default(r, ''));
    }
    /** Rules whose keywords occur in `bytes` (of file `path`), and where. */
    sift(bytes, path = '') {
        return this.prefilter.sift(bytes, path);
    }
    /** Rules whose keywords occur in `bytes`, in rule order. */
    candidates(bytes, path = '') {
        return this.sift(bytes, path).rules;
    }
    /** A rule's precedence on contested bytes (see resolveOverlaps). */
    priority(ruleId) {
        return this.byIdGet(ruleId)?.priority ?? 0;
    }
    /** True when the rule is a generic one (rules/types.ts `generic`). */
    isGeneric(ruleId) {
        return this.byIdGet(ruleId)?.def.generic === true;
    }
    byIdGet(ruleId) {
        this.byId ??= new Map(this.rules.map((r) => [r.id, r]));
        return this.byId.get(ruleId);
    }
    byId;
    /** True when a global (config) allowlist regex matches the secret. */
    allowsSecret(secret) {
        return this.allowRes.some((r) => r.test(secret));
    }
}
exports.RuleSet = RuleSet;
