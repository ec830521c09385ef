#!/usr/bin/env node
// The config schema embeds the rule-file schema's definitions (custom rules are rules): copy them over,
// so the rule format is written in one place. test/config checks the two agree.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const configPath = join(root, 'schema', 'tokenguard.config.schema.json');
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const ruleFile = JSON.parse(readFileSync(join(root, 'rules', 'schema', 'rule-file.schema.json'), 'utf8'));
config.definitions = { ...config.definitions, ...ruleFile.definitions };
writeFileSync(configPath, JSON.stringify(config, null, 2) + '\n');
