'use strict';
// The file syntaxes the quality corpus embeds secrets in: how a file looks around an assignment.

const SYNTAXES = {
  env: { ext: '.env', assign: (k, v) => `${k.toUpperCase()}=${v}`, filler: ['NODE_ENV=production', 'PORT=8080', 'LOG_LEVEL=info', '# service settings', 'FEATURE_FLAGS=beta,search'] },
  yaml: { ext: '.yaml', assign: (k, v) => `  ${k}: ${v}`, filler: ['service:', '  name: billing', '  replicas: 3', '  image: registry.example.com/billing:1.4.2', '# deployment'] },
  json: {
    ext: '.json',
    assign: (k, v) => `  "${k}": "${v}",`,
    filler: ['{', '  "name": "billing",', '  "version": "1.4.2",', '  "retries": 3,', '  "region": "eu-west-1",'],
    tail: ['  "debug": false', '}'],
  },
  toml: { ext: '.toml', assign: (k, v) => `${k} = "${v}"`, filler: ['[server]', 'host = "0.0.0.0"', 'port = 8080', '[database]', 'pool = 10'] },
  ini: { ext: '.ini', assign: (k, v) => `${k} = ${v}`, filler: ['[main]', 'timeout = 30', 'workers = 4', '; comment', '[auth]'] },
  properties: { ext: '.properties', assign: (k, v) => `app.${k.replace(/_/g, '.')}=${v}`, filler: ['server.port=8080', 'spring.application.name=billing', 'logging.level.root=INFO', '# datasource'] },
  xml: {
    ext: '.xml',
    assign: (k, v) => `    <${k}>${v}</${k}>`,
    filler: ['<?xml version="1.0"?>', '<configuration>', '  <settings>', '    <timeout>30</timeout>'],
    tail: ['  </settings>', '</configuration>'],
  },
  shell: { ext: '.sh', assign: (k, v) => `export ${k.toUpperCase()}="${v}"`, filler: ['#!/bin/sh', 'set -eu', 'cd "$(dirname "$0")"', 'echo "deploying"', 'npm ci'] },
  dockerfile: {
    ext: '',
    name: 'Dockerfile',
    assign: (k, v) => `ENV ${k.toUpperCase()}=${v}`,
    filler: ['FROM node:20-alpine', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci --omit=dev'],
    tail: ['CMD ["node", "server.js"]'],
  },
  terraform: { ext: '.tf', assign: (k, v) => `  ${k} = "${v}"`, filler: ['resource "aws_db_instance" "main" {', '  engine         = "postgres"', '  instance_class = "db.t3.micro"'], tail: ['}'] },
  python: { ext: '.py', assign: (k, v) => `${k.toUpperCase()} = "${v}"`, filler: ['import os', 'import requests', '', 'TIMEOUT = 30', 'def handler(event, context):', '    return {"ok": True}'] },
  javascript: {
    ext: '.js',
    assign: (k, v) => `const ${camel(k)} = '${v}';`,
    filler: ["const express = require('express');", 'const app = express();', 'app.use(express.json());', 'app.listen(process.env.PORT || 3000);'],
  },
  go: { ext: '.go', assign: (k, v) => `\t${camel(k)} = "${v}"`, filler: ['package config', '', 'import "time"', '', 'const (', '\ttimeout = 30 * time.Second'], tail: [')'] },
  java: {
    ext: '.java',
    assign: (k, v) => `    private static final String ${k.toUpperCase()} = "${v}";`,
    filler: ['package com.example.billing;', '', 'public class Settings {', '    private static final int RETRIES = 3;'],
    tail: ['}'],
  },
};

function camel(k) {
  return k.toLowerCase().replace(/[_.-]+([a-z0-9])/g, (_m, c) => c.toUpperCase());
}

/** A whole file of `syntax` with `lines` placed among its filler. */
function wrap(syntax, lines, r) {
  const s = SYNTAXES[syntax];
  const head = s.filler.slice(0, 2 + Math.floor(r() * (s.filler.length - 1)));
  return [...head, ...lines, ...(s.tail ?? [])].join('\n') + '\n';
}

module.exports = { SYNTAXES, NAMES: Object.keys(SYNTAXES), wrap, camel };
